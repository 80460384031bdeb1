// Turns a corpus read from disk into the dataset the app loads: checks every cross-reference (ids of
// officials, organizations, articles; duplicate ids), resolves quotes to offsets and finds mentions.
// Pure: no file system; every problem goes to `issues` with the file and line to fix.
import { SCHEMA_VERSION, type CorpusInfo, type ArticleFile, type ArticleMeta, type Dataset, type DefenceEvent, type EvidenceSpan, type Official, type Organization, type Role, type Span } from '../data/schema';
import { nameKey } from '../lib/fold-text';
import type { IssueList } from './corpus-error';
import { isCountryCode } from './country-codes';
import type { CorpusDescription } from './corpus-schema';
import type { CorpusArticle, RawCorpus } from './read-corpus';
import { gazetteerEntities, MentionMatcher } from './mention-matcher';
import { eventBounds } from './provenance-rules';
import { formatMissingQuote, QuoteFinder } from './quote-finder';
import { formatPath, type Path, type YamlSource } from './yaml-source';

export interface AssembledDataset {
  dataset: Dataset;
  articleFiles: ArticleFile[];
}

export function assembleDataset(raw: RawCorpus, issues: IssueList): AssembledDataset {
  checkCountries(raw, issues);
  const officialIds = uniqueIds(raw.officials.data, raw.officials.yaml, 'official', issues);
  const organizationIds = uniqueIds(raw.organizations.data, raw.organizations.yaml, 'organization', issues);
  const articles = new Map(raw.articles.map((a) => [a.id, a]));
  const finders = new Map<string, QuoteFinder>();
  const finderFor = (article: CorpusArticle) => {
    let finder = finders.get(article.id);
    if (!finder) finders.set(article.id, (finder = new QuoteFinder(article.text)));
    return finder;
  };

  const check = (yaml: YamlSource, path: Path, known: Set<string> | Map<string, unknown>, what: string, value: string) => {
    // An article that exists but failed to read is reported once, on its own file.
    if (!known.has(value) && !(what === 'article' && raw.brokenArticleIds.has(value))) issues.add(yaml.file, `${formatPath(path)}unknown ${what} "${value}"`, yaml.lineOf(path));
    return known.has(value);
  };
  const resolve = (yaml: YamlSource, path: Path, owner: string, article: CorpusArticle, quote: string): Span | undefined => {
    const match = finderFor(article).find(quote);
    if (match.kind === 'found') return { start: match.start, end: match.end };
    const where = `${formatPath(path)}${owner}: quote`;
    if (match.kind === 'missing') {
      issues.add(yaml.file, `${where} not found in article "${article.id}":\n${formatMissingQuote(article.text, quote)}`, yaml.lineOf(path));
    } else {
      issues.add(yaml.file, `${where} found ${match.count} times (make it longer to be unique) in article "${article.id}": "${clip(quote)}"`, yaml.lineOf(path));
    }
    return undefined;
  };

  const roles = new Map<string, Role[]>();
  const events: DefenceEvent[] = [];
  const eventFiles = new Map<string, string>();
  // Roles dated by an event (asOfEvent) take its bounds once every event is read.
  const pendingRoles: { officialId: string; role: Omit<Role, 'asOf'>; asOfEvent: string }[] = [];
  const addRole = (officialId: string, role: Role) => {
    const list = roles.get(officialId) ?? [];
    list.push(role);
    roles.set(officialId, list);
  };
  for (const { yaml, data } of raw.annotations) {
    const article = check(yaml, ['article'], articles, 'article', data.article) ? articles.get(data.article) : undefined;
    data.roles.forEach((role, r) => {
      const at = ['roles', r];
      const officialKnown = check(yaml, [...at, 'official'], officialIds, 'official', role.official);
      const organizationId = role.organization ?? null;
      if (organizationId !== null) check(yaml, [...at, 'organization'], organizationIds, 'organization', organizationId);
      const span = article && resolve(yaml, [...at, 'quote'], `role of "${role.official}"`, article, role.quote);
      if (!officialKnown || !span || !article) return;
      const base = { title: role.title, organizationId, articleId: article.id, start: span.start, end: span.end };
      // Without asOf or asOfEvent a role is as of the printed publication day; the rules report the rest.
      const asOf = role.asOf ?? article.meta.publishedAt;
      if (role.asOfEvent !== undefined) pendingRoles.push({ officialId: role.official, role: base, asOfEvent: role.asOfEvent });
      else if (asOf !== null) addRole(role.official, { ...outputRoleHead(base), asOf, ...outputRoleTail(base) });
    });
    data.events.forEach((event, e) => {
      const at = ['events', e];
      const firstFile = eventFiles.get(event.id);
      if (firstFile !== undefined) {
        issues.add(yaml.file, `${formatPath([...at, 'id'])}duplicate event id "${event.id}" (also in ${firstFile})`, yaml.lineOf([...at, 'id']));
      } else {
        eventFiles.set(event.id, `${yaml.file}:${yaml.lineOf([...at, 'id']) ?? 1}`);
      }
      event.officials.forEach((o, i) => check(yaml, [...at, 'officials', i], officialIds, 'official', o));
      event.organizations.forEach((o, i) => check(yaml, [...at, 'organizations', i], organizationIds, 'organization', o));
      for (const key of ['officials', 'organizations'] as const) {
        event[key].forEach((value, i) => {
          if (event[key].indexOf(value) !== i) issues.add(yaml.file, `${formatPath([...at, key, i])}"${value}" is listed twice`, yaml.lineOf([...at, key, i]));
        });
      }
      const sources = event.sources.map((source, s) => {
        const sourceAt = [...at, 'sources', s];
        const sourceArticle = check(yaml, [...sourceAt, 'article'], articles, 'article', source.article) ? articles.get(source.article) : undefined;
        const evidence = source.quotes.map((quote, q): EvidenceSpan | undefined => {
          const span = sourceArticle ? resolve(yaml, [...sourceAt, 'quotes', q], `event "${event.id}"`, sourceArticle, quote.text) : undefined;
          return span && { start: span.start, end: span.end, supports: [...quote.supports] };
        });
        // In reading order, whatever order the curator listed them in.
        const found = evidence.filter((span): span is EvidenceSpan => span !== undefined).sort((a, b) => a.start - b.start || a.end - b.end);
        return { articleId: source.article, evidence: found };
      });
      events.push(outputEvent(event, sources));
    });
  }
  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const { officialId, role, asOfEvent } of pendingRoles) {
    const event = eventById.get(asOfEvent);
    if (!event) continue; // reported by the provenance rules
    const { first, last } = eventBounds({ date: event.date, endDate: event.endDate, precision: event.datePrecision });
    addRole(officialId, { ...outputRoleHead(role), asOf: first, ...(first === last && event.datePrecision === 'day' ? {} : { asOfEnd: last }), ...outputRoleTail(role) });
  }

  const matcher = new MentionMatcher(gazetteerEntities(raw.officials.data, raw.organizations.data));
  const articleFiles = [...articles.values()].sort(byId).map((article): ArticleFile => {
    const { mentions, ambiguous } = matcher.match(article.text);
    for (const a of ambiguous) {
      const line = article.text.slice(0, a.start).split('\n').length;
      issues.add(article.file, `ambiguous name "${a.text}" could be ${a.candidates.join(' or ')}: make the alias unique in the gazetteer`, line);
    }
    return { id: article.id, text: article.text, mentions };
  });

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    corpus: outputCorpus(raw.corpus.data),
    articles: [...articles.values()].sort(byId).map(outputArticle),
    officials: [...raw.officials.data].sort(byId).map((o): Official => ({
      id: o.id,
      name: o.name,
      ...(o.nativeName === undefined ? {} : { nativeName: o.nativeName }),
      country: o.country,
      aliases: o.aliases,
      roles: (roles.get(o.id) ?? []).sort(byRole),
    })),
    organizations: [...raw.organizations.data].sort(byId).map((o): Organization => ({ id: o.id, name: o.name, country: o.country, aliases: o.aliases })),
    events: events.sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id)),
  };
  return { dataset, articleFiles };
}

/** Each country is a party's code or another ISO 3166 alpha-2 code (a third country). */
function checkCountries(raw: RawCorpus, issues: IssueList): void {
  const parties = raw.corpus.data.parties.map((p) => p.code);
  const check = (yaml: YamlSource, i: number, code: string | null) => {
    if (code === null || parties.includes(code) || isCountryCode(code)) return;
    issues.add(yaml.file, `[${i}].country: "${code}" is neither a party of corpus.yaml (${parties.join(', ')}) nor an ISO 3166 country code`, yaml.lineOf([i, 'country']));
  };
  raw.officials.data.forEach((o, i) => check(raw.officials.yaml, i, o.country));
  raw.organizations.data.forEach((o, i) => check(raw.organizations.yaml, i, o.country));
}

function outputCorpus(corpus: CorpusDescription): CorpusInfo {
  return {
    title: corpus.title,
    description: corpus.description,
    parties: corpus.parties.map((p) => ({ code: p.code, name: p.name, adjective: p.adjective, colour: p.colour })),
    span: { from: corpus.span.from, to: corpus.span.to },
  };
}

function uniqueIds(list: readonly { id: string; aliases: string[] }[], yaml: YamlSource, what: string, issues: IssueList): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) issues.add(yaml.file, `[${i}].id: duplicate ${what} id "${item.id}"`, yaml.lineOf([i, 'id']));
    seen.add(item.id);
    // A name of punctuation only could never be matched: say so rather than drop it silently.
    item.aliases.forEach((alias, a) => {
      if (nameKey(alias) === '') issues.add(yaml.file, `[${i}].aliases[${a}]: "${alias}" has no letters or digits`, yaml.lineOf([i, 'aliases', a]));
    });
  });
  return seen;
}

// Objects are built field by field, in the order of the format, so the JSON is the same on every run.
function outputArticle(article: CorpusArticle): ArticleMeta {
  const { title, source, publishedAt, publishedAtQuote, publishedAtNote, outsideYear, url } = article.meta;
  return {
    id: article.id,
    title,
    source,
    publishedAt,
    ...(publishedAtQuote === undefined ? {} : { publishedAtQuote }),
    ...(publishedAtNote === undefined ? {} : { publishedAtNote }),
    ...(outsideYear === undefined ? {} : { outsideYear }),
    url,
  };
}

// A role's fields around its dates, so that every role is written in the same key order.
function outputRoleHead(role: Omit<Role, 'asOf'>): Pick<Role, 'title' | 'organizationId'> {
  return { title: role.title, organizationId: role.organizationId };
}

function outputRoleTail(role: Omit<Role, 'asOf'>): Pick<Role, 'articleId' | 'start' | 'end'> {
  return { articleId: role.articleId, start: role.start, end: role.end };
}

function outputEvent(event: RawCorpus['annotations'][number]['data']['events'][number], sources: DefenceEvent['sources']): DefenceEvent {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    date: event.date,
    ...(event.endDate === undefined ? {} : { endDate: event.endDate }),
    datePrecision: event.precision,
    ...(event.dateNote === undefined ? {} : { dateNote: event.dateNote }),
    location: event.location,
    officialIds: event.officials,
    organizationIds: event.organizations,
    summary: event.summary,
    sources,
  };
}

function clip(quote: string): string {
  return quote.length > 120 ? `${quote.slice(0, 117)}...` : quote;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compare(a.id, b.id);
}

function byRole(a: Role, b: Role): number {
  return compare(a.asOf, b.asOf) || compare(a.articleId, b.articleId) || a.start - b.start || compare(a.title, b.title);
}
