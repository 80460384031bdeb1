// A draft written by `corpus:draft` starts with `status: draft` and may carry `newOfficials`: neither
// belongs in a finished annotation. The build refuses such a file with what is left to do, instead of
// the schema's bare "unrecognized key".
import type { IssueList } from './corpus-error';
import type { YamlSource } from './yaml-source';

export const DRAFT_REVIEW =
  'review each event (are the participants people who took part? the kind, the date and its precision, ' +
  'the location, the quotes and what each supports), rewrite each summary in your own words, check the roles, ' +
  'then delete the "status: draft" line';

/** True when the file is a draft (reported): the caller skips the rest of its checks. */
export function refuseDraft(value: unknown, yaml: YamlSource, issues: IssueList): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  let refused = false;
  if ('status' in record) {
    const message =
      record.status === 'draft'
        ? `this annotation is still a draft (status: draft): ${DRAFT_REVIEW}`
        : `status: ${JSON.stringify(record.status)} is not a field of an annotation (only a draft has "status: draft"; delete the line once reviewed)`;
    issues.add(yaml.file, message, yaml.lineOf(['status']));
    refused = true;
  }
  if ('newOfficials' in record) {
    issues.add(
      yaml.file,
      'newOfficials: move each entry into officials.yaml (without its "quote" line), then delete the newOfficials list',
      yaml.lineOf(['newOfficials']),
    );
    refused = true;
  }
  return refused;
}
