// Placeholder so the app shell can import the view while the real one is being built.
export function TimelineView() {
  return <section aria-label="Timeline" data-domain-start="2018-01-01" data-domain-end="2024-12-31" />;
}
