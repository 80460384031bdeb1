// The words that name an event or an official in a tab title, a page's <title> and a preview card.
// One module, so that the page the build writes and the app that takes over from it say the same.
import type { DefenceEvent, Official } from '../data/schema';
import { formatEventDate } from './day-format';

/** "Online talks between … and …, 3 Jul 2020" */
export function eventHeadline(event: Pick<DefenceEvent, 'title' | 'date' | 'endDate' | 'datePrecision'>): string {
  return `${event.title}, ${formatEventDate(event)}`;
}

/** "Nguyen Chi Vinh (Nguyễn Chí Vịnh)" */
export function officialHeadline(official: Pick<Official, 'name' | 'nativeName'>): string {
  return official.nativeName && official.nativeName !== official.name ? `${official.name} (${official.nativeName})` : official.name;
}

/** A tab title: what is shown, then the site. */
export function documentTitle(part: string | null, siteTitle: string): string {
  return part === null ? siteTitle : `${part} · ${siteTitle}`;
}

/** The app's own page title for a corpus: its title, then what the page is. */
export function corpusPageTitle(corpusTitle: string): string {
  return `${corpusTitle} — an explorer`;
}
