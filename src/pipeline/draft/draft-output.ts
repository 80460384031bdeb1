// The draft as the annotation format has it: each event's quotes tagged with what they support, its id,
// title and a summary made only from its own facts; the participants' titles as roles; new people in
// the gazetteer's shape. Every quote is checked to occur exactly once in the article.
import { nameKey } from '../../lib/fold-text';
import { QuoteFinder } from '../quote-finder';
import type { ArticleReading } from './draft-article';
import type { DraftEvent, DraftOfficial, DraftQuote, DraftRole, Draft, Support } from './draft-types';
import type { DatedContact, Passage } from './event-dates';
import { continuesContact } from './contacts';
import { partyOfWord } from './parties';

const KIND_TITLE: Record<DatedContact['kind'], string> = {
  talks: 'Talks between',
  'online talks': 'Online talks between',
  'strategic dialogue': 'Strategic dialogue between',
  signing: 'Signing by',
  visit: 'Visit by',
};

export function assembleDraft(reading: ArticleReading, dated: DatedContact[]): Draft {
  const { input, sentences } = reading;
  const finder = new QuoteFinder(input.text);
  /** The passage itself when it occurs once; else it with the next sentence; else nothing. */
  const unique = (start: number, end: number, next?: number): string | undefined => {
    const text = input.text.slice(start, end);
    if (finder.find(text).kind === 'found') return text;
    if (next !== undefined && sentences[next]) {
      const longer = input.text.slice(start, sentences[next]!.end);
      if (finder.find(longer).kind === 'found') return longer;
    }
    return undefined;
  };
  const passageText = (p: Passage): string | undefined => {
    if (p.dateline) {
      // The dateline's own line when it stands alone, else the sentence it opens.
      const dateline = reading.dateline!;
      const s = sentences.findIndex((x) => x.start <= dateline.start && dateline.start < x.end);
      return s >= 0 && sentences[s]!.end > dateline.end + 1 ? unique(sentences[s]!.start, sentences[s]!.end, s + 1) : unique(dateline.start, dateline.end);
    }
    if (p.printed) {
      const at = input.publishedAtQuote ? input.text.indexOf(input.publishedAtQuote) : -1;
      return at < 0 ? undefined : unique(at, at + input.publishedAtQuote!.length);
    }
    return unique(sentences[p.sentence!]!.start, sentences[p.sentence!]!.end, p.sentence! + 1);
  };

  const taken = new Set(input.takenEventIds ?? []);
  const events: DraftEvent[] = [];
  const ordered = [...dated].sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences));
  for (const d of ordered) {
    const quotes: DraftQuote[] = [];
    const add = (p: Passage, support: Support) => {
      const text = passageText(p);
      if (!text) return;
      const existing = quotes.find((q) => q.text === text);
      if (existing) {
        if (!existing.supports.includes(support)) existing.supports.push(support);
      } else quotes.push({ text, supports: [support] });
    };
    for (const s of d.sentences) {
      if (d.named.some((n) => n.sentence === s)) add({ sentence: s }, 'who');
      add({ sentence: s }, 'what');
    }
    for (const p of d.when) add(p, 'when');
    for (const p of d.where) add(p, 'where');
    // What the sides went on to say or agree, in the sentences right after.
    const last = Math.max(...d.sentences);
    if (d.kind !== 'visit') for (let s = last + 1; s <= last + 3 && s < sentences.length && continuesContact(sentences[s]!.text); s += 1) add({ sentence: s }, 'what');
    const order: Support[] = ['who', 'when', 'where', 'what'];
    for (const q of quotes) q.supports.sort((a, b) => order.indexOf(a) - order.indexOf(b));

    const ids = d.participants.map((p) => p.id);
    const names = listNames(d.participants.map((p) => p.name));
    const title =
      d.kind === 'visit' && d.location
        ? `${names}'s visit to ${d.location}`
        : d.participants.length === 1 && d.kind !== 'visit'
          ? `${KIND_TITLE[d.kind].replace(/ (?:between|by)$/, '')} held by ${names}`
          : `${KIND_TITLE[d.kind]} ${names}`;
    const summary = `${title}${d.location && d.kind !== 'visit' ? (d.location === 'Online' ? '' : `, in ${d.location}`) : ''}.`;
    const datePart = d.precision === 'day' ? d.date : d.precision === 'year' ? d.date.slice(0, 4) : d.date.slice(0, 7);
    let id = `${datePart}-${ids.join('-')}-${d.kind.replace(/ /g, '-')}`;
    for (let n = 2; taken.has(id); n += 1) id = `${datePart}-${ids.join('-')}-${d.kind.replace(/ /g, '-')}-${n}`;
    taken.add(id);
    events.push({
      id,
      title,
      kind: d.kind,
      date: d.date,
      ...(d.endDate ? { endDate: d.endDate } : {}),
      precision: d.precision,
      ...(d.dateNote ? { dateNote: d.dateNote } : {}),
      location: d.location,
      officials: ids,
      organizations: organizationsOf(reading, d),
      summary,
      quotes,
    });
  }
  return { article: input.articleId, roles: roles(reading, dated, events, unique), events, newOfficials: newOfficials(reading, events, unique), newAliases: reading.identifier.aliases.filter((a) => events.some((e) => e.officials.includes(a.official))) };
}

function listNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Organizations of the two sides named in the contact's own sentences. */
function organizationsOf(reading: ArticleReading, d: DatedContact): string[] {
  const ids: string[] = [];
  for (const s of d.sentences) {
    const { start, end } = reading.sentences[s]!;
    for (const m of reading.mentions) {
      if (m.organizationId === undefined || m.start < start || m.end > end || ids.includes(m.organizationId)) continue;
      const org = reading.input.organizations.find((o) => o.id === m.organizationId);
      if (org?.country && reading.input.parties.some((p) => p.code === org.country)) ids.push(m.organizationId);
    }
  }
  return ids;
}

type Unique = (start: number, end: number, next?: number) => string | undefined;

/** Each participant's title where the article first gives one, with the quote that gives it. */
function roles(reading: ArticleReading, dated: DatedContact[], events: DraftEvent[], unique: Unique): DraftRole[] {
  const out: DraftRole[] = [];
  const all = dated.flatMap((d) => d.named).sort((a, b) => a.person.start - b.person.start);
  for (const n of all) {
    if (out.some((r) => r.official === n.id)) continue;
    const title = cleanTitle(n.person.title, reading);
    const parts = [title, n.person.apposition].filter((t) => t !== '');
    if (parts.length === 0) continue;
    const end = n.person.apposition ? reading.input.text.indexOf(n.person.apposition, n.person.end) + n.person.apposition.length : n.person.end;
    const sentence = reading.sentences[n.sentence]!;
    const quote = unique(n.person.titleStart, end) ?? unique(n.person.titleStart, Math.max(end, sentence.end));
    if (!quote) continue;
    const organization = reading.mentions.find((m) => m.organizationId !== undefined && m.start >= n.person.titleStart && m.end <= end)?.organizationId;
    // A title is dated by the printed publication day (the default), else by the event it is given at.
    const event = events.find((e) => e.officials.includes(n.id));
    const dated = reading.input.publishedAt ? {} : event ? { asOfEvent: event.id } : undefined;
    if (!dated) continue;
    out.push({ official: n.id, title: parts.join('; '), ...(organization ? { organization } : {}), ...dated, quote });
  }
  return out;
}

/** A title without what only places it ("his Russian counterpart"). */
function cleanTitle(title: string, reading: ArticleReading): string {
  const words = title.split(/\s+/).filter((w) => w !== '');
  const counterpart = words.findIndex((w) => /^counterparts?$/i.test(w));
  const kept = counterpart >= 0 ? words.slice(counterpart + 1) : words;
  while (kept.length > 0 && (partyOfWord(kept[0]!, reading.input.parties) || /^(?:visiting|host|his|her)$/i.test(kept[0]!))) kept.shift();
  return kept.join(' ');
}

function newOfficials(reading: ArticleReading, events: DraftEvent[], unique: Unique): DraftOfficial[] {
  const used = new Set(events.flatMap((e) => e.officials));
  return [...reading.identifier.fresh.values()]
    .filter((f) => used.has(f.id) && f.country)
    .map((f) => {
      const forms = reading.identifier.formsOf(f);
      const aliases = forms.filter((form) => nameKey(form) !== nameKey(f.name));
      const quote = unique(f.first.titleStart, f.first.end) ?? f.first.name;
      return { id: f.id, name: f.name, ...(f.nativeName ? { nativeName: f.nativeName } : {}), country: f.country!, aliases, quote };
    });
}
