// The head of an event's or an official's page: what a chat shows as its preview (Open Graph,
// Twitter), what a reference manager saves (Highwire `citation_*` and Dublin Core, which Zotero's
// generic translator reads as a web page), and schema.org JSON-LD for search engines. Pure: it
// returns HTML text, every value escaped.

export interface PageHead {
  title: string;
  description: string;
  /** 'article' for an event, 'profile' for an official. */
  ogType: 'article' | 'profile';
  /** Absolute when the site's URL is known, else null (no canonical link then). */
  canonicalUrl: string | null;
  /** The preview card, absolute when the site's URL is known. */
  imageUrl: string;
  imageAlt: string;
  siteTitle: string;
  keywords: readonly string[];
  /** Source article URLs, for Dublin Core's `relation`. */
  relations: readonly string[];
  /** Free text for Dublin Core's `coverage`: when and where. */
  coverage: string | null;
  jsonLd: unknown;
}

export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** JSON that cannot close its <script> element or open a comment: `<` is written as \u003c. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}

/** Shorten to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const meta = (attr: 'name' | 'property', key: string, content: string) => `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

export function renderHead(head: PageHead): string {
  const lines = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    meta('name', 'application-name', head.siteTitle),
  ];
  if (head.canonicalUrl) lines.push(`<link rel="canonical" href="${escapeHtml(head.canonicalUrl)}" />`);
  lines.push(
    meta('property', 'og:type', head.ogType),
    meta('property', 'og:site_name', head.siteTitle),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    ...(head.canonicalUrl ? [meta('property', 'og:url', head.canonicalUrl)] : []),
    meta('property', 'og:image', head.imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', head.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.imageUrl),
    meta('name', 'twitter:image:alt', head.imageAlt),
    meta('name', 'citation_title', head.title),
    meta('name', 'citation_publisher', head.siteTitle),
    meta('name', 'citation_language', 'en'),
    ...(head.canonicalUrl ? [meta('name', 'citation_public_url', head.canonicalUrl), meta('name', 'citation_abstract_html_url', head.canonicalUrl)] : []),
    ...(head.keywords.length ? [meta('name', 'citation_keywords', head.keywords.join('; '))] : []),
    `<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />`,
    meta('name', 'DC.title', head.title),
    meta('name', 'DC.description', head.description),
    meta('name', 'DC.publisher', head.siteTitle),
    meta('name', 'DC.type', 'Text'),
    meta('name', 'DC.format', 'text/html'),
    meta('name', 'DC.language', 'en'),
    ...(head.canonicalUrl ? [meta('name', 'DC.identifier', head.canonicalUrl)] : []),
    ...(head.coverage ? [meta('name', 'DC.coverage', head.coverage)] : []),
    ...head.keywords.map((k) => meta('name', 'DC.subject', k)),
    ...head.relations.map((r) => meta('name', 'DC.relation', r)),
    `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`,
  );
  return lines.join('\n    ');
}
