// The draft written in the corpus's annotation format (README, "The corpus"), its first line
// `status: draft` so that the build refuses it until a curator has reviewed it.
import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Draft } from './draft-types';

const FLOW_KEYS = new Set(['supports', 'officials', 'organizations', 'aliases']);

export function draftToYaml(draft: Draft): string {
  const document = {
    status: 'draft',
    article: draft.article,
    roles: draft.roles,
    events: draft.events.map((e) => {
      const { quotes, ...rest } = e;
      return {
        ...rest,
        sources: [
          {
            article: draft.article,
            // A quote that supports only `what` is written as a plain string, as curators write it.
            quotes: quotes.map((q) => (q.supports.length === 1 && q.supports[0] === 'what' ? q.text : { text: q.text, supports: q.supports })),
          },
        ],
      };
    }),
    ...(draft.newOfficials.length > 0 ? { newOfficials: draft.newOfficials } : {}),
    ...(draft.newAliases.length > 0 ? { newAliases: draft.newAliases } : {}),
  };
  const doc = new Document(document);
  // Short lists of ids and tags read best on one line, as curators write them.
  visit(doc, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
