import { z } from "zod";

/** Cell types shared by the context tables' schemas. CSV cells arrive as strings. */

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A required number written without thousands separators ("136563", "67.5"). */
export const numberCell = z
  .string()
  .trim()
  .refine((s) => NUMBER.test(s), (s) => ({ message: `expected a number, got "${s}"` }))
  .transform(Number);

/** A number that may be left empty (a figure the source does not give). */
export const optionalNumberCell = z
  .string()
  .trim()
  .refine((s) => s === "" || NUMBER.test(s), (s) => ({ message: `expected a number or nothing, got "${s}"` }))
  .transform((s) => (s === "" ? null : Number(s)));

/** Required text. */
export const textCell = z.string().trim().min(1, "is empty");

/** ISO day: 2023-07-27. */
export const isoDateCell = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/**
 * Source ids, one or several joined by ";" ("S11;S12"). Empty is allowed here because R rows
 * have none; the loader then requires ids on every row that is not R, and checks each is known.
 */
export const sourceIdsCell = z
  .string()
  .trim()
  .refine((s) => s === "" || s.split(";").every((id) => /^S\d+$/.test(id.trim())), (s) => ({
    message: `expected source ids like "S03" or "S11;S12", got "${s}"`,
  }))
  .transform((s) => (s === "" ? [] : s.split(";").map((id) => id.trim())));

/** Source ids mentioned inside a free-text provenance cell ("S53 (US only)", "us=recalled; mx=S53"). */
export const provenanceCell = z
  .string()
  .trim()
  .transform((s) => ({ text: s, sourceIds: [...s.matchAll(/\bS\d+\b/g)].map((m) => m[0]) }));
