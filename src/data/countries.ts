// Names of countries as the reader sees them: a party's from the dataset's own description, any other
// (a third country's official) from the browser's region names, else the code itself.
import type { Party } from './schema';

let regionNames: Intl.DisplayNames | null | undefined;

function regionName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A party's name for its code, "Japan" for JP, "International" for an organization of no country. */
export function countryName(partyByCode: ReadonlyMap<string, Party>, code: string | null): string {
  if (code === null) return 'International';
  return partyByCode.get(code)?.name ?? regionName(code);
}

/** The party a country code belongs to; undefined for a third country. */
export function partyOf(partyByCode: ReadonlyMap<string, Party>, code: string | null): Party | undefined {
  return code === null ? undefined : partyByCode.get(code);
}
