// The Export menu's items, named by what they hold and their format.
export const exportItems = [
  { kind: 'events-csv', label: 'Events (CSV)' },
  { kind: 'events-json', label: 'Events (JSON)' },
  { kind: 'network-gexf', label: 'Network (GEXF)' },
  { kind: 'network-graphml', label: 'Network (GraphML)' },
  { kind: 'timeline-png', label: 'Timeline (PNG)' },
  { kind: 'network-png', label: 'Network (PNG)' },
  { kind: 'network-svg', label: 'Network (SVG)' },
] as const;

export type ExportKind = (typeof exportItems)[number]['kind'];
