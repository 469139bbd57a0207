// The trace period the charts show is a story fact: data/charts.json (latestTracePeriod).

/** ATF's fiscal year runs October to September: a day in October 2022 is in fiscal 2023. */
export function fiscalYearOf(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  return Number(isoDay.slice(5, 7)) >= 10 ? year + 1 : year;
}
