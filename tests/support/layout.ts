import type { Page } from "playwright-core";

export interface LayoutProblem {
  chart: string;
  problem: string;
}

/**
 * Checks each chart's visible artboard in the page: exactly one artboard shows; its text is at
 * least 12 px as rendered; no text box overlaps another; no text runs outside the SVG.
 * Runs in the page, on real layout (getBoundingClientRect), so it sees what a reader sees.
 */
export async function chartLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: Array<{ chart: string; problem: string }> = [];
    for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) {
      const chart = figure.id;
      const visible = [...figure.querySelectorAll<HTMLElement>(".artboard")].filter((a) => getComputedStyle(a).display !== "none");
      if (visible.length !== 1) {
        problems.push({ chart, problem: `${visible.length} artboards visible` });
        continue;
      }
      const svg = visible[0]!.querySelector("svg")!;
      const box = svg.getBoundingClientRect();
      const viewWidth = svg.viewBox.baseVal.width;
      const scale = box.width / viewWidth;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => (t.textContent ?? "").trim() !== "");
      const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
      for (const { t, r } of rects) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 11.95) problems.push({ chart, problem: `text "${t.textContent}" is ${size.toFixed(1)} px` });
        if (r.left < box.left - 1 || r.right > box.right + 1) problems.push({ chart, problem: `text "${t.textContent}" runs outside the chart (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})` });
      }
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!.r;
          const b = rects[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // A pixel of shared antialiasing is not an overlap a reader sees.
          if (w > 1 && h > 1) problems.push({ chart, problem: `"${rects[i]!.t.textContent}" overlaps "${rects[j]!.t.textContent}"` });
        }
      }
    }
    return problems;
  });
}
