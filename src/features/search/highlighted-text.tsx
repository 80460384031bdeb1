// Text with its search hits in <mark>: React escapes every piece, so a hostile text or query can
// only ever show as text.
import type { Hit } from './lib/search-engine';

export function HighlightedText({ text, hits }: { text: string; hits: readonly Hit[] }) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at || h.end > text.length) continue;
    if (h.start > at) pieces.push(text.slice(at, h.start));
    pieces.push(
      <mark key={h.start} className="search-hit">
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
