// Bringing a passage into view: centred in the panel's own scroll container when the panel scrolls
// (laptop layout), so the page itself does not move; on a phone the panel grows with its text, and the
// page scrolls only when the reader asked for the passage (a link), never on selection alone.

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function scrollToCentre(target: HTMLElement, { pageMayScroll = true }: { pageMayScroll?: boolean } = {}): void {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
  const container = target.closest<HTMLElement>('.article-panel');
  if (container && container.scrollHeight > container.clientHeight && getComputedStyle(container).overflowY !== 'visible') {
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    container.scrollTo({ top: Math.max(0, offset - (container.clientHeight - target.offsetHeight) / 2), behavior });
  } else if (pageMayScroll) {
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  }
}
