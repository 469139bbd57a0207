/**
 * Tooltips, highlight and arrow keys for chart marks. The marks are already focusable and named
 * at build time (aria-label; the first mark of each artboard has tabindex 0, the others -1, so a
 * chart is one tab stop). This shows a mark's name beside it on hover and focus, moves focus
 * between a chart's marks with the arrow keys, Home and End (a roving tabindex, as in the ARIA
 * authoring practices' composite widgets), leaves the chart on Escape, and on the flow map lights
 * the corridors of the source state in hand (marks tagged data-origin). No Plot, no d3: the page
 * works without it.
 */
const tip = document.createElement("div");
tip.className = "chart-tooltip";
tip.setAttribute("aria-hidden", "true");
tip.hidden = true;
document.body.append(tip);

let active: Element | null = null;

/** Flow map: a source state lights all its flows, a flow itself; the chart dims the others (site.css). */
function trace(mark: Element, on: boolean) {
  const origin = mark.getAttribute("data-origin");
  const svg = mark.closest("svg");
  if (!origin || !svg) return;
  svg.classList.toggle("is-tracing", on);
  const state = !mark.classList.contains("flow");
  for (const flow of svg.querySelectorAll(".flow")) {
    flow.classList.toggle("is-linked", on && (flow === mark || (state && flow.getAttribute("data-origin") === origin)));
  }
}

function show(mark: Element) {
  hide();
  active = mark;
  mark.classList.add("is-active");
  trace(mark, true);
  tip.textContent = mark.getAttribute("aria-label");
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const left = Math.min(
    Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2),
    document.documentElement.clientWidth - tip.offsetWidth - 8,
  );
  tip.style.left = `${left + window.scrollX}px`;
  // Above the mark, or below it when the top of the page (an embed's frame) leaves no room.
  const above = box.top - tip.offsetHeight - 8;
  tip.style.top = `${(above < 0 ? box.bottom + 8 : above) + window.scrollY}px`;
}

function hide() {
  if (active) trace(active, false);
  active?.classList.remove("is-active");
  active = null;
  tip.hidden = true;
}

const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest(".chart-svg [aria-label][tabindex]") : null;

document.addEventListener("pointerover", (e) => {
  const mark = markOf(e.target);
  if (mark) show(mark);
  else if (active) hide();
});
/** The marks of the artboard a mark is in, in document order (the order the table lists them). */
const marksOf = (mark: Element) => [...mark.closest("svg")!.querySelectorAll<SVGElement>("[aria-label][tabindex]")];

document.addEventListener("focusin", (e) => {
  const mark = markOf(e.target);
  if (!mark) return;
  // The chart's one tab stop follows focus: Tab out and back in returns to this mark.
  for (const m of marksOf(mark)) m.setAttribute("tabindex", m === mark ? "0" : "-1");
  show(mark);
});
document.addEventListener("focusout", hide);

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
document.addEventListener("keydown", (e) => {
  const mark = markOf(e.target);
  if (e.key === "Escape") {
    hide();
    // Leave the chart: to the link past its controls, or out of the mark.
    if (mark) (mark.closest("figure")?.querySelector<HTMLElement>(".skip-chart") ?? (mark as SVGElement)).focus();
    if (mark && document.activeElement === mark) (mark as SVGElement).blur();
    return;
  }
  if (!mark || e.altKey || e.ctrlKey || e.metaKey) return;
  const marks = marksOf(mark);
  const at = marks.indexOf(mark as SVGElement);
  const to =
    e.key === "Home"
      ? 0
      : e.key === "End"
        ? marks.length - 1
        : STEP[e.key] === undefined
          ? -1
          : Math.min(marks.length - 1, Math.max(0, at + STEP[e.key]!));
  if (to < 0) return;
  e.preventDefault();
  marks[to]!.focus();
});
