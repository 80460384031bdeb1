// Every date in the app is a UTC calendar day: events carry no time of day or zone, so local time
// would shift them by a day for half the world.
const DAY_MS = 86_400_000;
export { DAY_MS };

/** Milliseconds since the epoch at 00:00 UTC of a YYYY-MM-DD day (no validation: schema-checked input). */
export function dayToMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/** The YYYY-MM-DD UTC day that contains the instant `ms`. */
export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD: 2019-02-30 is rejected, not rolled over. */
export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Arithmetic, not a Date: every date of a large dataset passes through here when it is checked.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
