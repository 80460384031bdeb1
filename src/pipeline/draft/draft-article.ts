// corpus:draft's logic: from an article and the corpus's gazetteer to the events, roles and new officials
// a curator reviews. Pure: the CLI reads and writes the files.
import type { Mention } from '../../data/schema';
import type { CorpusOfficial, CorpusOrganization } from '../corpus-schema';
import { gazetteerEntities, MentionMatcher, type NamedEntity } from '../mention-matcher';
import { contactCue, notParticipant, relativeOrder, visitBeside, type ContactKind } from './contacts';
import type { DateOrder } from '../corpus-schema';
import { findDateline, type DateOptions, type Dateline } from './dates';
import { dateEvents } from './event-dates';
import { Identifier, type Who } from './identify';
import { shortName } from './officials';
import { assembleDraft } from './draft-output';
import { allCountryNames, isOtherNationality, partyOfWord, type Party } from './parties';
import { findPeople, type Person } from './people';
import { splitSentences, type Sentence } from './sentences';
import type { Draft } from './draft-types';

export interface DraftInput {
  articleId: string;
  text: string;
  publishedAt: string | null;
  officials: readonly CorpusOfficial[];
  organizations: readonly CorpusOrganization[];
  parties: readonly Party[];
  /** The metadata's reading aids: how the outlet writes slash dates, the year for an article that prints none. */
  dateOrder?: DateOrder;
  outsideYear?: number;
  /** The passage that prints the publication day, if any. */
  publishedAtQuote?: string;
  /** Event ids already used in the corpus. */
  takenEventIds?: ReadonlySet<string>;
}

/** A contact as first read: its kind, its sentences and who took part. */
export interface Contact {
  kind: ContactKind;
  sentences: number[];
  participants: Who[];
  /** The people as named in each sentence, for the quotes' `who` tags. */
  named: { sentence: number; person: Person; id: string }[];
}

export interface ArticleReading {
  input: DraftInput;
  sentences: Sentence[];
  mentions: Mention[];
  dateline?: Dateline;
  dateOptions: DateOptions;
  identifier: Identifier;
}

export function draftArticle(input: DraftInput): Draft {
  const sentences = splitSentences(input.text);
  const dateOptions: DateOptions = {
    publishedAt: input.publishedAt,
    ...(input.outsideYear ? { outsideYear: input.outsideYear } : {}),
    ...(input.dateOrder ? { order: input.dateOrder } : {}),
  };
  const dateline = findDateline(input.text, dateOptions);
  const identifier = new Identifier(input.text, input.officials, input.organizations, input.parties);
  const gazetteer = gazetteerEntities(input.officials, input.organizations);
  const countries = allCountryNames();
  const wordOfNote = (w: string) => partyOfWord(w, input.parties) !== undefined || isOtherNationality(w, input.parties, countries);

  // First pass: who is named, and who is new. Second pass: new people under every form found.
  const read = (mentions: Mention[]) =>
    sentences.map((s) => findPeople(input.text, s, mentions, wordOfNote).map((p) => ({ person: p, who: identifier.identify(p, mentions) })));
  read(new MentionMatcher(gazetteer).match(input.text).mentions);
  const fresh = identifier.freshEntities().map((f): NamedEntity => ({ kind: 'official', id: f.id, names: f.names }));
  // Another transliteration of a known official, with its bare surname ("Baygulov" after "Sergey Baygulov").
  const variants = identifier.aliases.map((a): NamedEntity => ({ kind: 'official', id: a.official, names: [a.alias, shortName(a.alias)] }));
  const mentions = new MentionMatcher([...gazetteer, ...fresh, ...variants]).match(input.text).mentions;
  const people = read(mentions);

  const reading: ArticleReading = { input, sentences, mentions, dateOptions, identifier, ...(dateline ? { dateline } : {}) };
  const contacts = mergeContacts(readContacts(reading, people), (i) => relativeOrder(sentences[i]!.text) !== undefined);
  const dated = dateEvents(reading, contacts);
  return assembleDraft(reading, dated);
}

type Named = { person: Person; who: Who | 'foreign' }[];

function readContacts(reading: ArticleReading, people: Named[]): Contact[] {
  const { sentences, input } = reading;
  const contacts: Contact[] = [];
  sentences.forEach((sentence, i) => {
    const cue = contactCue(sentence.text);
    if (!cue) return;
    // A visit's visitor is named before it ("General Minh is paying an official visit to …").
    const taking = people[i]!.filter(
      (p): p is { person: Person; who: Who } =>
        p.who !== 'foreign' && notParticipant(input.text, sentence, p.person) === undefined && (cue.kind !== 'visit' || p.person.end <= sentence.start + cue.index),
    );
    const participants = sideUp(taking.map((p) => p.who), input.parties);
    // "Petrov also met Chinese Defence Minister Li Wei": a contact with a third country, not one of ours.
    const thirdCountry = people[i]!.some((p) => p.who === 'foreign');
    if (thirdCountry && new Set(participants.map((w) => w.country)).size < 2) return;
    const named = taking.filter((p) => participants.some((w) => w.id === p.who.id)).map((p) => ({ sentence: i, person: p.person, id: p.who.id }));
    if (participants.length > 0) contacts.push({ kind: cue.kind, sentences: [i], participants, named });
    const beside = cue.kind !== 'visit' ? visitBeside(sentence.text) : undefined;
    if (beside !== undefined) {
      const visitors = named.filter((n) => n.person.start >= sentence.start + beside);
      const who = participants.filter((w) => visitors.some((v) => v.id === w.id));
      if (who.length > 0) contacts.push({ kind: 'visit', sentences: [i], participants: who, named: visitors });
    }
  });
  // A new person named only as "his counterpart" is of the other side.
  for (const c of contacts) {
    for (const w of c.participants) {
      const fresh = reading.identifier.fresh.get(w.id);
      if (fresh && w.country) fresh.country ??= w.country;
    }
  }
  return contacts;
}

/**
 * Unique participants whose side is known. Someone whose title gives no side (and no third country)
 * who meets people of one side is of the other side: "his counterpart", or "Deputy Minister of
 * National Defence … received Russian Deputy Defence Minister …". The curator checks it.
 */
function sideUp(whos: Who[], parties: readonly Party[]): Who[] {
  const unique = whos.filter((w, i) => whos.findIndex((o) => o.id === w.id) === i);
  const sides = new Set(unique.map((w) => w.country).filter((c) => c !== undefined));
  return unique.flatMap((w) => {
    if (w.country) return parties.some((p) => p.code === w.country) ? [w] : [];
    const [only] = [...sides];
    const other = sides.size === 1 && parties.length === 2 ? parties.find((p) => p.code !== only) : undefined;
    return other ? [{ ...w, country: other.code }] : [];
  });
}

const TWO_SIDED: readonly ContactKind[] = ['talks', 'online talks', 'signing'];

/**
 * One contact reported in several sentences ("…a meeting with Minh…" then "…held a meeting with Minh,
 * December 3") is one event: same kind, and one sentence's participants include the other's. Contacts
 * that need two sides and name only one are dropped.
 */
function mergeContacts(contacts: Contact[], toldAgainstAnother: (sentence: number) => boolean): Contact[] {
  const merged: Contact[] = [];
  for (const c of contacts) {
    const ids = new Set(c.participants.map((w) => w.id));
    // "Earlier, Minh met Petrov": another contact, never the one before.
    const into = toldAgainstAnother(c.sentences[0]!) ? undefined : merged.find((m) => {
      if (m.kind !== c.kind) return false;
      const other = new Set(m.participants.map((w) => w.id));
      return [...ids].every((id) => other.has(id)) || [...other].every((id) => ids.has(id));
    });
    if (into) {
      into.sentences.push(...c.sentences.filter((s) => !into.sentences.includes(s)));
      for (const w of c.participants) if (!into.participants.some((p) => p.id === w.id)) into.participants.push(w);
      into.named.push(...c.named);
    } else {
      merged.push({ ...c, sentences: [...c.sentences], participants: [...c.participants], named: [...c.named] });
    }
  }
  return merged.filter((c) => !TWO_SIDED.includes(c.kind) || new Set(c.participants.map((w) => w.country)).size > 1);
}
