// A stretch of article text with the search's hits in it marked. Hits look and read differently
// from evidence passages: an outlined mark, announced as a search match.
interface Props {
  text: string;
  start: number;
  end: number;
  /** Hit spans in the whole text, in order. */
  hits: readonly { start: number; end: number }[];
}

export function SearchHitText({ text, start, end, hits }: Props) {
  const pieces: React.ReactNode[] = [];
  let at = start;
  for (const h of hits) {
    if (h.end <= at || h.start >= end) continue;
    const s = Math.max(h.start, at);
    const e = Math.min(h.end, end);
    if (s > at) pieces.push(text.slice(at, s));
    pieces.push(
      <mark key={s} className="search-hit" data-search-hit="">
        <span className="visually-hidden">Search match: </span>
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  }
  if (pieces.length === 0) return text.slice(start, end);
  if (at < end) pieces.push(text.slice(at, end));
  return <>{pieces}</>;
}
