import type { ChartSpec, DownloadRow } from "./types.ts";
import { originShare } from "./origin-share/spec.ts";
import { sourceStates } from "./source-states/spec.ts";
import { annualFlow } from "./annual-flow/spec.ts";
import { usGunSellers } from "./us-gun-sellers/spec.ts";
import { timeline } from "./timeline/spec.ts";
import { flowMap } from "./flow-map/spec.ts";

const widen = <R extends DownloadRow, I>(spec: ChartSpec<R, I>) => spec as unknown as ChartSpec<DownloadRow>;

/**
 * Every chart, once, in story order. Story, embed pages, downloads, gallery and tests are all
 * generated from this list, so a chart exists everywhere or nowhere.
 */
export const CHARTS: ChartSpec<DownloadRow>[] = [
  widen(originShare),
  widen(sourceStates),
  widen(annualFlow),
  widen(flowMap),
  widen(usGunSellers),
  widen(timeline),
];

export function chartById(id: string): ChartSpec<DownloadRow> {
  const spec = CHARTS.find((c) => c.id === id);
  if (!spec) throw new Error(`no chart "${id}" in the registry`);
  return spec;
}
