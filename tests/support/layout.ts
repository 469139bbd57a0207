import type { Page } from "playwright-core";

export interface LayoutProblem {
  chart: string;
  problem: string;
}

/**
 * Checks each chart's visible artboard in the page: exactly one artboard shows; its text is at
 * least 12 px as rendered; no text box overlaps another; no text runs outside the SVG; no line
 * (rule, grid, axis, connector) crosses a text box; no two data marks overlap.
 * Runs in the page, on real layout (getBoundingClientRect), so it sees what a reader sees.
 */
export async function chartLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: Array<{ chart: string; problem: string }> = [];
    for (const figure of document.querySelectorAll<HTMLElement>("figure.chart")) {
      const chart = figure.id;
      const visible = [...figure.querySelectorAll<HTMLElement>(".artboard")].filter(
        (a) => getComputedStyle(a).display !== "none",
      );
      if (visible.length !== 1) {
        problems.push({ chart, problem: `${visible.length} artboards visible` });
        continue;
      }
      const svg = visible[0]!.querySelector("svg")!;
      const box = svg.getBoundingClientRect();
      const viewWidth = svg.viewBox.baseVal.width;
      const scale = box.width / viewWidth;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter(
        (t) => (t.textContent ?? "").trim() !== "",
      );
      const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
      for (const { t, r } of rects) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 11.95) problems.push({ chart, problem: `text "${t.textContent}" is ${size.toFixed(1)} px` });
        if (r.left < box.left - 1 || r.right > box.right + 1)
          problems.push({
            chart,
            problem: `text "${t.textContent}" runs outside the chart (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)})`,
          });
      }
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i]!.r;
          const b = rects[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // A pixel of shared antialiasing is not an overlap a reader sees.
          if (w > 1 && h > 1)
            problems.push({ chart, problem: `"${rects[i]!.t.textContent}" overlaps "${rects[j]!.t.textContent}"` });
        }
      }
      // No rule, grid or axis line, no connector, runs through a text box: its ends, on screen,
      // as a segment clipped against each text's box (Liang-Barsky).
      const crosses = (a: DOMPoint, b: DOMPoint, r: DOMRect) => {
        let t0 = 0;
        let t1 = 1;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        for (const [p, q] of [
          [-dx, a.x - r.left],
          [dx, r.right - a.x],
          [-dy, a.y - r.top],
          [dy, r.bottom - a.y],
        ] as const) {
          if (p === 0) {
            if (q < 0) return false;
          } else {
            const t = q / p;
            if (p < 0) t0 = Math.max(t0, t);
            else t1 = Math.min(t1, t);
          }
        }
        return t0 < t1;
      };
      for (const line of svg.querySelectorAll<SVGLineElement>("line")) {
        const m = line.getScreenCTM();
        if (!m || getComputedStyle(line).display === "none") continue;
        const a = new DOMPoint(line.x1.baseVal.value, line.y1.baseVal.value).matrixTransform(m);
        const b = new DOMPoint(line.x2.baseVal.value, line.y2.baseVal.value).matrixTransform(m);
        for (const { t, r } of rects) {
          // The glyphs' box, less the pixel of antialiasing at its edge.
          const inner = new DOMRect(r.left + 1, r.top + 1, r.width - 2, r.height - 2);
          const kind = line.closest("[class]")?.getAttribute("class") ?? "line";
          if (inner.width > 0 && inner.height > 0 && crosses(a, b, inner))
            problems.push({ chart, problem: `a ${kind} line crosses "${t.textContent}"` });
        }
      }
      // No two data marks (bars, dots, circles) overlap: each can be seen, hovered and focused.
      const marks = [...svg.querySelectorAll<SVGGraphicsElement>(".data-mark circle, .data-mark rect")].map((el) => ({
        el,
        r: el.getBoundingClientRect(),
      }));
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          const a = marks[i]!;
          const b = marks[j]!;
          const overlap =
            a.el.tagName === "circle" && b.el.tagName === "circle"
              ? Math.hypot(
                  a.r.x + a.r.width / 2 - (b.r.x + b.r.width / 2),
                  a.r.y + a.r.height / 2 - (b.r.y + b.r.height / 2),
                ) <
                (a.r.width + b.r.width) / 2 - 0.5
              : Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5 &&
                Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.5;
          if (overlap)
            problems.push({
              chart,
              problem: `marks "${a.el.getAttribute("aria-label")}" and "${b.el.getAttribute("aria-label")}" overlap`,
            });
        }
      }
    }
    return problems;
  });
}
