/** Text for an XML attribute or element: the five special characters escaped, characters XML 1.0 forbids dropped. */
// XML 1.0 allows tab, line feed, carriage return and everything from U+0020 on except surrogates
// and U+FFFE/U+FFFF: the rest is dropped.
function allowedInXml(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
}

export function xmlText(value: string): string {
  return Array.from(value)
    .filter(allowedInXml)
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** "#c2261b" → { r, g, b }; anything else → grey. */
export function rgb(colour: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) } : { r: 107, g: 111, b: 118 };
}
