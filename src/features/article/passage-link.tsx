// "see passage": a link from a fact in the event header to the highlighted passage that says it. It
// scrolls the passage into view and moves focus there (so a screen reader reads it next) without
// changing the page's address, which holds only what can be shared.
import type { MouseEvent } from 'react';
import { scrollToCentre } from './scroll-to-passage';

interface Props {
  targetId: string;
  /** What the passage supports, for the accessible name: "See passage that says when" (it begins with the visible words, so speech input finds it). */
  fact: string;
}

export function PassageLink({ targetId, fact }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.getElementById(targetId);
    if (!target) return; // the article is still loading: its passages are not there yet
    scrollToCentre(target, { movePage: true });
    target.focus({ preventScroll: true });
  };
  return (
    <a className="passage-link" href={`#${targetId}`} onClick={onClick} aria-label={`See passage that says ${fact}`}>
      see passage
    </a>
  );
}
