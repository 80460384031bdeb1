// The 1200×630 PNG a chat shows when a page is pasted: drawn at build time without a browser
// (satori lays out and writes SVG, resvg rasterizes it). Noto Sans is registered once per subset,
// each under its own family name, so that Vietnamese and Cyrillic names find their glyphs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext'] as const;
export const CARD_FONT_FAMILIES = SUBSETS.map((s) => `Noto Sans ${s}`);

export function loadCardFonts(): Font[] {
  return SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans ${subset}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
}

export interface CardText {
  /** Small line above the title: what kind of page ("Event · talks"). */
  kicker: string;
  title: string;
  /** Lines under the title (date and place; names). */
  lines: readonly string[];
  /** The site's name, in small type at the top. */
  footer: string;
}

const TEXT_WIDTH = 1056;
type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

function cardTree(card: CardText): Node {
  const titleSize = card.title.length > 90 ? 48 : card.title.length > 50 ? 58 : 68;
  return el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      
      padding: '64px 72px',
      background: '#15171a',
      color: '#f2f2ee',
      fontFamily: CARD_FONT_FAMILIES.join(', '),
    },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 26, color: '#a8a8a2', marginBottom: 36, width: TEXT_WIDTH }, card.footer),
        el('div', { fontSize: 30, color: '#9ec5ff', marginBottom: 20, width: TEXT_WIDTH }, card.kicker),
        el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, lineClamp: 3, display: 'block', width: TEXT_WIDTH }, card.title),
        ...card.lines.map((line) => el('div', { fontSize: 34, marginTop: 22, color: '#d4d4cf', lineClamp: 2, display: 'block', width: TEXT_WIDTH }, line)),
      ]),
    ],
  );
}

export async function drawCard(card: CardText, fonts: Font[]): Promise<Buffer> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
