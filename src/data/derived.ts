import type { Figure } from "./figures.ts";

/**
 * A number computed in code from a stored figure, never typed in: "200,000 a year is about
 * 550 a day". Its parts (exact result, divisor, rounding) are kept so a chart note can show how
 * it was made (the annual-flow chart's perDay note).
 */
export interface DerivedFigure {
  id: string;
  from: string;
  /** The unrounded result. */
  exact: number;
  /** The result as a reader sees it, rounded to `roundTo`. */
  value: number;
  roundTo: number;
  divisor: number;
}

/** Per-day rate of a yearly figure, rounded to the nearest ten: precision the source does not have is not added. */
export function perDay(figure: Figure): DerivedFigure {
  const DAYS_PER_YEAR = 365;
  const ROUND_TO = 10;
  const exact = Number(figure.value) / DAYS_PER_YEAR;
  return {
    id: `${figure.id}-per-day`,
    from: figure.id,
    exact,
    value: Math.round(exact / ROUND_TO) * ROUND_TO,
    roundTo: ROUND_TO,
    divisor: DAYS_PER_YEAR,
  };
}
/**
 * A share in percent of two reported counts, rounded to 0.1 point: the one place a share is
 * computed (a chart's bar and a claim's {N/M} show the same figure).
 */
export function sharePct(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}
