// The full original text of an article, as text: evidence passages in <mark>, each after a label that
// says what it supports ("who met · when"), names of known officials as buttons that open their
// profile, and the search's hits. The first passage (or hit) is scrolled into view.
import { Fragment, useEffect, useMemo, useRef } from 'react';
import type { EvidenceSpan, Mention, Official } from '../../data/schema';
import { CLAIM_LABELS } from './lib/claims';
import { mergeMarks, segmentText, type TextPiece } from './lib/text-segments';
import { scrollToCentre } from './scroll-to-passage';
import { findQueryHits } from '../search';
import { selectQuery, useUiStore } from '../../state/ui-store';
import { SearchHitText } from './search-hit-text';

interface Props {
  text: string;
  evidence: readonly EvidenceSpan[];
  /** Element id of the i-th shown passage, the target of the header's "see passage" links. */
  passageId: (markIndex: number) => string;
  mentions: readonly Mention[];
  officialById: ReadonlyMap<string, Official>;
  onPickOfficial: (officialId: string) => void;
  /** Scroll this article's first passage into view (only the first source article does). */
  scrollToFirstMark: boolean;
}

export function ArticleText({ text, evidence, passageId, mentions, officialById, onPickOfficial, scrollToFirstMark }: Props) {
  const runs = useMemo(() => segmentText(text, evidence, mentions), [text, evidence, mentions]);
  const marks = useMemo(() => mergeMarks(evidence, text.length), [evidence, text.length]);
  const firstMarkRef = useRef<HTMLElement>(null);
  const query = useUiStore(selectQuery);
  const hits = useMemo(() => findQueryHits(text, query), [text, query]);
  const rootRef = useRef<HTMLDivElement>(null);

  // While a search is active its first hit is what the reader came for; else the first passage.
  useEffect(() => {
    if (!scrollToFirstMark) return;
    // In the next frame, before it paints: measuring here would force the layout of the new text into
    // the task that rendered it, one long task instead of two short ones.
    const frame = requestAnimationFrame(() => {
      const target = rootRef.current?.querySelector<HTMLElement>('mark.search-hit') ?? firstMarkRef.current;
      // On a phone the page would jump far below what the reader just tapped: the page stays put there,
      // and the timeline offers "Go to the passage" instead.
      if (target) scrollToCentre(target);
    });
    return () => cancelAnimationFrame(frame);
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
          <Fragment key={`m${run.pieces[0]?.start ?? 0}`}>
            <PassageLabel supports={marks[run.mark]?.supports ?? []} />
            <mark
              id={passageId(run.mark)}
              ref={run.mark === 0 ? firstMarkRef : undefined}
              data-evidence={run.mark}
              data-supports={(marks[run.mark]?.supports ?? []).join(' ')}
              tabIndex={-1}
            >
              {run.pieces.map(renderPiece)}
            </mark>
          </Fragment>
        ),
      )}
    </div>
  );
}

/** "who met · when" before a passage; read as "Passage: who met, when." by a screen reader. */
function PassageLabel({ supports }: { supports: readonly (keyof typeof CLAIM_LABELS)[] }) {
  if (supports.length === 0) return null;
  return (
    <span className="passage-label" data-claims={supports.join(' ')}>
      <span className="visually-hidden">Passage: </span>
      {supports.map((claim, i) => (
        <Fragment key={claim}>
          {i > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
            </>
          )}
          <span className={`claim claim-${claim}`}>{CLAIM_LABELS[claim]}</span>
        </Fragment>
      ))}
      <span className="visually-hidden">. </span>
    </span>
  );
}
