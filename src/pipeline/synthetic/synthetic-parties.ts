// The parties of a synthetic corpus: given on the command line as CODE:Name:Adjective (the corpus.yaml
// fields, colour aside), each given a colour from a palette that passes the build's contrast check on
// both themes, and a naming style (alternating, so two parties never look alike).
import type { Party } from '../../data/schema';

export interface SyntheticParty extends Party {
  /** Index into the vocabulary's two naming and title styles. */
  style: 0 | 1;
}

/** Mid-tone colours, each at least 3:1 against both themes' backgrounds (checked by a unit test). */
export const SYNTHETIC_COLOURS = ['#d93a2b', '#2f7bd9', '#1f9e89', '#8a63d2', '#c77800', '#d6407f'] as const;

const PARTY = /^([A-Z]{2}):([^:]+):([^:]+)$/;

/** "AV:Avaria:Avarian,BO:Borduria:Bordurian" → parties (two or more, codes unique). Throws a message. */
export function parseParties(value: string): Party[] {
  const parties = value.split(',').map((part, i): Party => {
    const match = PARTY.exec(part.trim());
    if (!match) throw new Error(`--parties: "${part}" is not CODE:Name:Adjective (CODE two capital letters)`);
    const [, code, name, adjective] = match as unknown as [string, string, string, string];
    return { code, name: name.trim(), adjective: adjective.trim(), colour: SYNTHETIC_COLOURS[i % SYNTHETIC_COLOURS.length]! };
  });
  if (parties.length < 2) throw new Error('--parties needs two or more parties');
  const codes = parties.map((p) => p.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice) throw new Error(`--parties: code ${twice} is given twice`);
  return parties;
}

export function withStyles(parties: readonly Party[]): SyntheticParty[] {
  return parties.map((p, i) => ({ ...p, style: i % 2 === 0 ? 0 : 1 }));
}

/** Fill `{name}` and `{adjective}` of a vocabulary template. */
export function fillParty(template: string, party: Party): string {
  return template.replaceAll('{name}', party.name).replaceAll('{adjective}', party.adjective);
}
