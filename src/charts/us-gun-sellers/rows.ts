/** The gun-sellers chart's row type, licence types and bar names, shared by its spec and its layout. */
import type { DownloadRow } from "../types.ts";
import type { FflCount } from "../../data/context/ffl-counts.ts";

export interface GunSellersRow extends DownloadRow {
  /** claim: the article's figure; total: all active licensees in a fiscal year; type: one licence type in the year broken down; mexico: Mexico's gun stores. */
  group: "claim" | "total" | "type" | "mexico";
  /** Fiscal year (ATF) or the year of the estimate. */
  year: number;
  /** ATF licence type key (type01_dealer, ...), "all", or "gun_stores". */
  licence_type: string;
  count: number;
}

/** Licence types in ATF's order; the first two are the ones under which guns are sold at retail. */
export const TYPES = [
  "type01_dealer",
  "type02_pawnbroker",
  "type03_collector",
  "type07_firearm_mfr",
  "type06_ammo_mfr",
  "type08_importer",
  "type09_10_11_destructive_devices",
] as const satisfies ReadonlyArray<keyof FflCount>;
export const RETAIL = new Set<string>(["type01_dealer", "type02_pawnbroker"]);

/** A row's name as the text data writes it (marks' names, the companion's years). */
export function barLabel(
  r: GunSellersRow,
  tools: { label(key: string, extra?: Record<string, string | number>): string },
): string {
  if (r.group === "total") return tools.label("total", { year: String(r.year) });
  if (r.group === "mexico") return tools.label("mexico", { year: String(r.year) });
  return tools.label(r.licence_type, { year: String(r.year) });
}
