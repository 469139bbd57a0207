/** The timeline's row type and tracks, shared by its spec and its layout (no circle between them). */
import type { DownloadRow } from "../types.ts";

export interface TimelineRow extends DownloadRow {
  date: string;
  /** security and lawsuit are the two tracks; media is the article itself, drawn as a marker line. */
  track: "security" | "lawsuit" | "media";
  event: string;
}

/** The two tracks, in the order their lanes and key show them. */
export const TRACKS = ["security", "lawsuit"] as const;
