/**
 * The latest trace period the press reported from ATF's National Firearms Commerce and
 * Trafficking Assessment: the corridors file is named for it, and the source-state counts
 * shown beside the corridors must be of the same period.
 */
export const LATEST_TRACE_PERIOD = "2022-2023";

/** ATF's fiscal year runs October to September: a day in October 2022 is in fiscal 2023. */
export function fiscalYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  return Number(isoDay.slice(5, 7)) >= 10 ? year + 1 : year;
}
