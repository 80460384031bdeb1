// The full original text of an article, as text: evidence passages in <mark>, names of known
// officials as buttons that open their profile, and the search's hits. The first passage (or hit) is scrolled into view.
import { useEffect, useMemo, useRef } from 'react';
import type { Mention, Official, Span } from '../../data/schema';
import { segmentText, type TextPiece } from './lib/text-segments';
import { findQueryHits } from '../search';
import { selectQuery, useUiStore } from '../../state/ui-store';
import { SearchHitText } from './search-hit-text';

interface Props {
  text: string;
  evidence: readonly Span[];
  mentions: readonly Mention[];
  officialById: ReadonlyMap<string, Official>;
  onPickOfficial: (officialId: string) => void;
  /** Scroll this article's first passage into view (only the first source article does). */
  scrollToFirstMark: boolean;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Centre `target` in the panel's own scroll container when the panel scrolls (laptop layout), so
 * the page itself does not move. On a phone the panel grows with its text and the page would have to
 * jump far below what the reader just tapped: the page stays put there, and the timeline offers
 * "Go to the passage" instead.
 */
function scrollToCentre(target: HTMLElement): void {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
  const container = target.closest<HTMLElement>('.article-panel');
  if (container && container.scrollHeight > container.clientHeight && getComputedStyle(container).overflowY !== 'visible') {
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
    container.scrollTo({ top: Math.max(0, offset - (container.clientHeight - target.offsetHeight) / 2), behavior });
  }
}

export function ArticleText({ text, evidence, mentions, officialById, onPickOfficial, scrollToFirstMark }: Props) {
  const runs = useMemo(() => segmentText(text, evidence, mentions), [text, evidence, mentions]);
  const firstMarkRef = useRef<HTMLElement>(null);
  const query = useUiStore(selectQuery);
  const hits = useMemo(() => findQueryHits(text, query), [text, query]);
  const rootRef = useRef<HTMLDivElement>(null);

  // While a search is active its first hit is what the reader came for; else the first passage.
  useEffect(() => {
    if (!scrollToFirstMark) return;
    const target = rootRef.current?.querySelector<HTMLElement>('mark.search-hit') ?? firstMarkRef.current;
    if (target) scrollToCentre(target);
  }, [scrollToFirstMark, runs, hits]);
  const plain = (piece: TextPiece) => <SearchHitText text={text} start={piece.start} end={piece.end} hits={hits} />;

  const renderPiece = (piece: TextPiece) => {
    const official = piece.officialId !== undefined ? officialById.get(piece.officialId) : undefined;
    if (official) {
      return (
        <button
          key={piece.start}
          type="button"
          className="mention mention-official"
          data-official-id={official.id}
          title={`Profile of ${official.name}`}
          onClick={() => onPickOfficial(official.id)}
        >
          {plain(piece)}
        </button>
      );
    }
    if (piece.organizationId !== undefined) {
      return (
        <span key={piece.start} className="mention mention-organization">
          {plain(piece)}
        </span>
      );
    }
    return <span key={piece.start}>{plain(piece)}</span>;
  };

  return (
    <div className="article-text" ref={rootRef}>
      {runs.map((run) =>
        run.mark === null ? (
          run.pieces.map(renderPiece)
        ) : (
          <mark key={`m${run.pieces[0]?.start ?? 0}`} ref={run.mark === 0 ? firstMarkRef : undefined} data-evidence={run.mark}>
            {run.pieces.map(renderPiece)}
          </mark>
        ),
      )}
    </div>
  );
}
