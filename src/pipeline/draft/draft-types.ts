// What corpus:draft proposes, before it is written as YAML in the annotation format.
import type { Precision } from './dates';
import type { ContactKind } from './contacts';

export type Support = 'who' | 'when' | 'where' | 'what';

export interface DraftQuote {
  text: string;
  supports: Support[];
}

export interface DraftEvent {
  id: string;
  title: string;
  kind: ContactKind;
  date: string;
  endDate?: string;
  precision: Precision;
  dateNote?: string;
  location: string | null;
  officials: string[];
  organizations: string[];
  summary: string;
  quotes: DraftQuote[];
}

export interface DraftRole {
  official: string;
  title: string;
  organization?: string;
  /** A day the article gives; left out when it is the printed publication day. */
  asOf?: string;
  /** Or: the title is dated by this event's date. */
  asOfEvent?: string;
  quote: string;
}

export interface DraftOfficial {
  id: string;
  name: string;
  nativeName?: string;
  country: string;
  aliases: string[];
  quote: string;
}

export interface DraftAlias {
  official: string;
  alias: string;
  quote: string;
}

export interface Draft {
  article: string;
  roles: DraftRole[];
  events: DraftEvent[];
  newOfficials: DraftOfficial[];
  newAliases: DraftAlias[];
}
