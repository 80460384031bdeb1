// Which sentences report a contact, of what kind, and which people named in them took part. Each rule is
// a readable pattern; the tests beside this file try each on a sentence of our own.
import type { Person } from './people';

export type ContactKind = 'talks' | 'online talks' | 'strategic dialogue' | 'signing' | 'visit';

export interface Cue {
  kind: ContactKind;
  /** Offset of the cue in the sentence. */
  index: number;
}

const ONLINE = /\b(?:online|virtual(?:ly)?|video ?(?:conference|call|link)|videoconference|(?:tele)?phone (?:call|talks|conversation)|by (?:tele)?phone)\b/i;
const TALKS =
  /\b(?:held (?:a |bilateral |official )?(?:talks|meeting|discussion)|talks (?:with|between)|met(?: with)?|meets|meeting (?:with|between)|received|receives|hosted (?:a reception for|talks)|reception for|courtesy (?:call|visit) (?:on|to)|discussion (?:with|between)|(?:had|held) an? (?:online |phone )?(?:discussion|conversation|talks))\b/i;
const DIALOGUE = /\b(?:co-?chair(?:ed|s)?|held|attended|took part in)\s+(?:[\w’'-]+\s+){0,8}?dialogue\b|\bdialogue\b[^.]*\bco-?chaired\b/i;
const SIGNING = /\b(?:signed|inked)\b/i;
const VISIT = /\b(?:(?:official|working) visits?|paying (?:an? )?(?:official |working )?visits?|visit(?:s|ed|ing)? to \p{Lu}|visiting \p{Lu}|arrived in \p{Lu})/u;
// A cue inside a plan, a hope or an invitation reports no contact: "will visit", "invited him to visit".
const NOT_YET = /\b(?:will|would|shall|to|plans? to|expected to|set to|hope[sd]? (?:that )?|invit\w*|agreed to)\s+(?:\S+\s+){0,3}$/i;
// "is leading a delegation to pay an official visit": the visit is under way.
const UNDER_WAY = /\b(?:is|are|was|were) (?:leading|heading)\b[^.]*\bdelegation\b/i;

/** The kind of contact a sentence reports, if any. */
export function contactCue(sentence: string): Cue | undefined {
  const found = (pattern: RegExp): number | undefined => {
    for (const match of sentence.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      if (!NOT_YET.test(sentence.slice(0, match.index)) || UNDER_WAY.test(sentence.slice(0, match.index))) return match.index;
    }
    return undefined;
  };
  const talks = found(TALKS);
  const dialogue = found(DIALOGUE);
  if (dialogue !== undefined) return { kind: 'strategic dialogue', index: dialogue };
  if (talks !== undefined) return { kind: ONLINE.test(sentence) ? 'online talks' : 'talks', index: talks };
  const signing = found(SIGNING);
  if (signing !== undefined) return { kind: 'signing', index: signing };
  const visit = found(VISIT);
  if (visit !== undefined) return { kind: 'visit', index: visit };
  return undefined;
}

/** A visit the sentence also reports beside talks ("talks … as part of Minh's visit to Russia"). */
export function visitBeside(sentence: string): number | undefined {
  const match = /\b(?:as part of|during|on the sidelines of)\b[^.]*?\bvisit\b/i.exec(sentence);
  return match ? match.index : undefined;
}

// Why someone named in a contact sentence did not take part.
const BEFORE_NOT_PARTICIPANT: { pattern: RegExp; why: string }[] = [
  { pattern: /\b(?:at the invitation of|invited by|on behalf of)\s*$/i, why: 'invited the visitor or acted for someone else' },
  { pattern: /\b(?:thank(?:ed|s)|thanking|grateful to|gratitude to)\s*$/i, why: 'thanked' },
  { pattern: /\b(?:greetings|regards|wishes|letter|message)\s+(?:from|of)\s*$/i, why: 'sent regards' },
  { pattern: /\b(?:according to|quoted|quoting|citing)\s*$/i, why: 'quoted' },
  { pattern: /\b(?:late|former)\s*$/i, why: 'not in office' },
  { pattern: /\binvit(?:ed|es|ing)\s*$/i, why: 'invited' },
];
const AFTER_NOT_PARTICIPANT: { pattern: RegExp; why: string }[] = [
  { pattern: /^\s*(?:'s|’s)\s+(?:regards|greetings|best wishes|message|letter)/i, why: 'sent regards' },
  { pattern: /^(?:,[^,]*,)?\s*(?:sent|conveyed|extended|passed on)\s+(?:his|her|their)?\s*(?:regards|greetings|wishes)/i, why: 'sent regards' },
];

/** Why a person named in a sentence did not take part in its contact, or undefined when they did. */
export function notParticipant(article: string, sentence: { start: number; end: number }, person: Person): string | undefined {
  const before = article.slice(sentence.start, person.titleStart);
  const after = article.slice(person.end, sentence.end);
  for (const rule of BEFORE_NOT_PARTICIPANT) if (rule.pattern.test(before)) return rule.why;
  for (const rule of AFTER_NOT_PARTICIPANT) if (rule.pattern.test(after)) return rule.why;
  // "X will visit", "invited X to visit": the person is the subject of a plan.
  if (/^\s*(?:will|would|is expected to|is to|plans to)\b/i.test(after)) return 'a plan, not a contact';
  return undefined;
}

// A sentence that carries on the same contact: what the sides discussed or agreed.
const FOLLOW_UP = /^(?:\p{Ll}|The two (?:sides|ministers|officials|generals|leaders|deputy ministers)|Both sides|The sides|They|(?:At|During) the (?:talks|meeting|event|reception|dialogue|call))/u;

export function continuesContact(sentence: string): boolean {
  return FOLLOW_UP.test(sentence);
}

// "Earlier," / "Later on," / "Afterwards": a contact dated only against the one before or after it.
export function relativeOrder(sentence: string): 'before' | 'after' | 'same day' | undefined {
  if (/^(?:Earlier|Previously|Before that|Prior to (?:that|the talks))\b/i.test(sentence)) return 'before';
  if (/^(?:Later(?: on| that day)?|Afterwards|After that|Subsequently)\b/i.test(sentence)) return /that day/i.test(sentence) ? 'same day' : 'after';
  if (/^(?:On the same day|The same day|On the same occasion)\b/i.test(sentence)) return 'same day';
  return undefined;
}
