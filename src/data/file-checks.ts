// How the app checks a fetched file: with the validators generated from the schema at build time
// (src/pipeline/validators), which call the schema's own refinements. They are a chunk of their own,
// requested alongside the data they check, so neither the first bundle nor the first paint waits on zod.
import type { ArticleFile, Dataset, EventDates } from './schema';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problem: string };
export type FileCheck<T> = (data: unknown) => CheckResult<T>;

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}

/** "events.3.date: must match pattern …" for the first problem the validator found. */
export function fromGenerated<T>(validate: GeneratedValidator): FileCheck<T> {
  return (data) => {
    if (validate(data)) return { ok: true, value: data as T };
    const first = validate.errors?.[0];
    const where = first?.instancePath ? first.instancePath.slice(1).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~')).join('.') : 'top level';
    return { ok: false, problem: `${where}: ${first?.message ?? 'unknown problem'}` };
  };
}

const loadValidators = () => import('virtual:dataset-validators');

export const loadDatasetCheck = () => loadValidators().then((m) => fromGenerated<Dataset>(m.dataset));
export const loadArticleFileCheck = () => loadValidators().then((m) => fromGenerated<ArticleFile>(m.articleFile));
export const loadEventDatesCheck = () => loadValidators().then((m) => fromGenerated<EventDates>(m.eventDates));
