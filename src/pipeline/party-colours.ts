// A party's colour is one value for both themes, so the build checks it against the backgrounds of
// both: the page (--bg) and the panels (--surface), read from the app's own theme file so the check
// follows the theme when it changes.
//
// Why 3:1: a party colour fills marks (network nodes, legend swatches, filter-chip dots), never text;
// every name beside it is written in the theme's text colour. WCAG 2.2 SC 1.4.11 (non-text contrast)
// asks 3:1 between such graphics and the colours next to them, which are these backgrounds. One colour
// that passes on both a near-white and a near-black background is a mid-tone: roughly relative
// luminance 0.14 to 0.28 with today's theme, e.g. #d93a2b or #3a7be0.
import type { IssueList } from './corpus-error';
import type { CorpusDescription } from './corpus-schema';
import type { YamlSource } from './yaml-source';

export const MIN_PARTY_CONTRAST = 3;

export interface ThemeBackground {
  /** e.g. "light --bg" */
  name: string;
  colour: string;
}

const TOKENS = ['--bg', '--surface'] as const;

/** The background tokens of the light theme (the first `:root` block) and the dark one (the
 * `prefers-color-scheme: dark` block) of theme.css. Throws when the file no longer has them. */
export function themeBackgrounds(css: string): ThemeBackground[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const darkAt = withoutComments.search(/@media\s*\(\s*prefers-color-scheme:\s*dark\s*\)/);
  if (darkAt < 0) throw new Error('theme.css has no dark theme block');
  const themes = { light: withoutComments.slice(0, darkAt), dark: withoutComments.slice(darkAt) };
  const out: ThemeBackground[] = [];
  for (const [theme, block] of Object.entries(themes)) {
    for (const token of TOKENS) {
      const match = new RegExp(`${token}\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(block);
      if (!match?.[1]) throw new Error(`theme.css: the ${theme} theme has no ${token} written #rrggbb`);
      out.push({ name: `${theme} ${token}`, colour: match[1] });
    }
  }
  return out;
}

/** WCAG 2 relative luminance of #rrggbb. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Every party colour against every theme background; each failure names the line of the colour. */
export function checkPartyColours(corpus: CorpusDescription, yaml: YamlSource, backgrounds: readonly ThemeBackground[], issues: IssueList): void {
  corpus.parties.forEach((party, i) => {
    const at = ['parties', i, 'colour'];
    const failing = backgrounds
      .map((bg) => ({ bg, ratio: contrastRatio(party.colour, bg.colour) }))
      .filter(({ ratio }) => ratio < MIN_PARTY_CONTRAST)
      .map(({ bg, ratio }) => `${ratio.toFixed(2)}:1 on ${bg.name} ${bg.colour}`);
    if (failing.length > 0) {
      issues.add(yaml.file, `parties[${i}].colour: ${party.colour} of "${party.code}" needs ${MIN_PARTY_CONTRAST}:1 against both themes' backgrounds; it has ${failing.join(', ')}`, yaml.lineOf(at));
    }
    const twin = corpus.parties.findIndex((p) => p.colour.toLowerCase() === party.colour.toLowerCase());
    if (twin !== i) issues.add(yaml.file, `parties[${i}].colour: ${party.colour} is also the colour of "${corpus.parties[twin]!.code}"`, yaml.lineOf(at));
  });
}
