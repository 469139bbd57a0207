const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Month number (1-12) from a full or three-letter English name, or null. */
export function monthNumber(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === n || (n.length === 3 && m.startsWith(n)));
  return i < 0 ? null : i + 1;
}

/** ISO day for a calendar date, or null if the day does not exist (February 30). */
export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * A weekday named in a news story refers to the latest such day on or before publication:
 * "announced Wednesday" in a Thursday 27 July 2023 story is 26 July 2023.
 */
export function resolveWeekday(weekday: string, publishedIso: string): string {
  const target = WEEKDAYS.indexOf(weekday);
  const d = new Date(`${publishedIso}T00:00:00Z`);
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
