// A draft accepted as it stands, the way the README tells a curator to: the status line removed, each
// new official moved into officials.yaml without its quote, each new alias added to its official.
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

export function acceptDraft(draftYaml: string, officialsYaml: string): { annotation: string; officials: string } {
  const draft = parseDocument(draftYaml);
  const newOfficials = (draft.toJS() as { newOfficials?: Record<string, unknown>[] }).newOfficials ?? [];
  const newAliases = (draft.toJS() as { newAliases?: { official: string; alias: string }[] }).newAliases ?? [];
  draft.delete('status');
  draft.delete('newOfficials');
  draft.delete('newAliases');
  // Unparsed nodes: new entries are added as plain values.
  const gazetteer = new Document(parseDocument(officialsYaml).contents);
  const list = gazetteer.contents as YAMLSeq<unknown>;
  if (!isSeq(list)) throw new Error('officials.yaml is not a list');
  for (const { official, alias } of newAliases) {
    const entry = list.items.find((item): item is YAMLMap<unknown, unknown> => isMap(item) && item.get('id') === official);
    if (!entry) continue;
    const aliases = entry.get('aliases');
    if (isSeq(aliases)) aliases.add(alias);
    else entry.set('aliases', [alias]);
  }
  for (const official of newOfficials) {
    const entry = { ...official };
    delete entry.quote;
    list.add(gazetteer.createNode(entry));
  }
  return { annotation: draft.toString({ lineWidth: 0 }), officials: gazetteer.toString({ lineWidth: 0 }) };
}
