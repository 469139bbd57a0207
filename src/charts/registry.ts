import type { ChartSpec, DownloadRow } from "./types.ts";
import { originShare } from "./origin-share/spec.ts";
import { sourceStates } from "./source-states/spec.ts";
import { annualFlow } from "./annual-flow/spec.ts";
import { usGunSellers } from "./us-gun-sellers/spec.ts";
import { timeline } from "./timeline/spec.ts";
import { flowMap } from "./flow-map/spec.ts";

const widen = <R extends DownloadRow>(spec: ChartSpec<R>) => spec as unknown as ChartSpec<DownloadRow>;

/**
 * Every chart, once, in story order. Story, embed pages, downloads, gallery and tests are all
 * generated from this list, so a chart exists everywhere or nowhere.
 */
export const CHARTS: ChartSpec<DownloadRow>[] = [widen(originShare), widen(sourceStates), widen(annualFlow), widen(flowMap), widen(usGunSellers), widen(timeline)];

/**
 * Benchmark only (`npm run bench`, bench/bench.ts): when STORY_SYNTHETIC_CHARTS is a positive
 * integer N, N clones of the charts above (cycling through them) are appended as synthetic-1 ...
 * synthetic-N, each reading its base chart's text (textKey), to time how the build grows with
 * the number of charts. Unset (always, outside the benchmark), the registry is exactly the list above.
 */
const synthetic = process.env["STORY_SYNTHETIC_CHARTS"] ?? "";
if (/^[0-9]+$/.test(synthetic) && Number(synthetic) > 0) {
  const base = [...CHARTS];
  for (let n = 1; n <= Number(synthetic); n++) {
    const spec = base[(n - 1) % base.length]!;
    CHARTS.push({ ...spec, id: `synthetic-${n}`, textKey: spec.id });
  }
}

export function chartById(id: string): ChartSpec<DownloadRow> {
  const spec = CHARTS.find((c) => c.id === id);
  if (!spec) throw new Error(`no chart "${id}" in the registry`);
  return spec;
}
