// A small dataset, valid under the schema, whose every free-text field carries HTML or script.
// Served in place of the real data, it must show up as literal text and never become elements.
import { articleFile, dataset as datasetSchema, type ArticleFile, type Dataset } from '../../src/data/schema';

export const PAYLOAD = {
  eventTitle: '<img src=x onerror=alert("event-title")> Talks',
  summary: '<script>alert("summary")</script> They talked.',
  location: '<iframe src="javascript:alert(`place`)"></iframe> Hanoi',
  dateNote: '<b onmouseover=alert("note")>day inferred</b>',
  vnName: 'Phan <img src=x onerror=alert("name")> Giang',
  ruName: '<script>alert("ru")</script> Shoigu',
  roleTitle: '<svg onload=alert("role")></svg> Minister',
  organization: '<svg/onload=alert("org")> Ministry',
  articleTitle: '"><img src=x onerror=alert("article-title")> Headline',
  source: '<a href="javascript:alert(`source`)">VNA</a>',
  textLine: '<script>alert("article-text")</script> <img src=x onerror=alert("text")>',
  evidence: 'The two ministers held <b>talks</b> & signed <img src=x onerror=alert("evidence")>.',
  corpusTitle: '<img src=x onerror=alert("corpus-title")> ties',
  corpusDescription: '<script>alert("corpus-description")</script> A corpus.',
  partyName: '<b onmouseover=alert("party")>Avaria</b>',
} as const;

export const HOSTILE_EVENT_ID = 'hostile-talks';
export const HOSTILE_ARTICLE_ID = 'hostile-article';

export function hostileData(): { dataset: Dataset; article: ArticleFile } {
  const text = `${PAYLOAD.textLine}\n\n${PAYLOAD.vnName} met ${PAYLOAD.ruName} in Hanoi.\n\n${PAYLOAD.evidence}\n`;
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    if (start < 0) throw new Error(`hostile fixture: ${needle} not in text`);
    return { start, end: start + needle.length };
  };
  const vn = span(PAYLOAD.vnName);
  const ru = span(PAYLOAD.ruName);
  const dataset = datasetSchema.parse({
    schemaVersion: 2,
    corpus: {
      title: PAYLOAD.corpusTitle,
      description: PAYLOAD.corpusDescription,
      parties: [
        { code: 'VN', name: PAYLOAD.partyName, adjective: 'Avarian', colour: '#d93a2b' },
        { code: 'RU', name: 'Borduria', adjective: 'Bordurian', colour: '#2f7bd9' },
      ],
      span: { from: '2018-01-01', to: '2024-12-31' },
    },
    articles: [
      { id: HOSTILE_ARTICLE_ID, title: PAYLOAD.articleTitle, source: PAYLOAD.source, publishedAt: '2019-06-20', url: 'https://example.org/news?q=%3Cscript%3E' },
    ],
    officials: [
      { id: 'hostile-vn', name: PAYLOAD.vnName, country: 'VN', aliases: [], roles: [{ title: PAYLOAD.roleTitle, organizationId: 'hostile-org', asOf: '2019-06-19', articleId: HOSTILE_ARTICLE_ID, ...vn }] },
      { id: 'hostile-ru', name: PAYLOAD.ruName, nativeName: '<b>Шойгу</b>', country: 'RU', aliases: [], roles: [] },
    ],
    organizations: [{ id: 'hostile-org', name: PAYLOAD.organization, country: 'VN', aliases: [] }],
    events: [
      {
        id: HOSTILE_EVENT_ID,
        title: PAYLOAD.eventTitle,
        kind: 'talks',
        date: '2019-06-19',
        datePrecision: 'day',
        dateNote: PAYLOAD.dateNote,
        location: PAYLOAD.location,
        officialIds: ['hostile-vn', 'hostile-ru'],
        organizationIds: ['hostile-org'],
        summary: PAYLOAD.summary,
        sources: [{ articleId: HOSTILE_ARTICLE_ID, evidence: [{ ...span(PAYLOAD.evidence), supports: ['what'] }] }],
      },
      {
        id: 'plain-event',
        title: 'A plain later event',
        kind: 'visit',
        date: '2020-03-02',
        datePrecision: 'day',
        location: null,
        officialIds: ['hostile-vn'],
        organizationIds: [],
        summary: 'Nothing hostile here.',
        sources: [{ articleId: HOSTILE_ARTICLE_ID, evidence: [{ ...span('in Hanoi.'), supports: ['where'] }] }],
      },
    ],
  });
  const article = articleFile.parse({
    id: HOSTILE_ARTICLE_ID,
    text,
    mentions: [
      { ...vn, officialId: 'hostile-vn' },
      { ...ru, officialId: 'hostile-ru' },
    ],
  });
  return { dataset, article };
}
