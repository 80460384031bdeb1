// Bringing a passage into view: centred in the panel's own scroll container when the panel scrolls
// (laptop layout), so the page itself does not move. On a phone the panel grows with its text: opening
// an event leaves the page where the reader tapped (the timeline offers "Go to the passage"), while a
// "see passage" link the reader follows scrolls the page to it.

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function scrollToCentre(target: HTMLElement, { movePage = false }: { movePage?: boolean } = {}): void {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
  const container = target.closest<HTMLElement>('.article-panel');
  if (container && container.scrollHeight > container.clientHeight && getComputedStyle(container).overflowY !== 'visible') {
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    container.scrollTo({ top: Math.max(0, offset - (container.clientHeight - target.offsetHeight) / 2), behavior });
  } else if (movePage) {
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  }
}
