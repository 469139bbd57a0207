import type { DownloadRow } from "../types.ts";

/**
 * One row of the flow map: a corridor (US state of first retail sale to the Mexican state of
 * recovery), a source state's total, or a border crossing drawn for orientation. Coordinates are
 * where the map draws the row; a corridor runs between its two states' centroids.
 */
export interface FlowMapRow extends DownloadRow {
  kind: "corridor" | "source-state" | "crossing";
  /** The US state (corridor, source state) or the crossing's US port. */
  origin: string;
  /** The Mexican state (corridor) or the crossing's Mexican city; null for a source state. */
  destination: string | null;
  count: number | null;
  share_pct: number | null;
  period: string | null;
  origin_lon: number;
  origin_lat: number;
  destination_lon: number | null;
  destination_lat: number | null;
}
