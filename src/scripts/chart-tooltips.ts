/**
 * Tooltips and highlight for chart marks. The marks are already focusable and named at build
 * time (tabindex, aria-label); this only shows that name beside the mark on hover and focus, and
 * on the flow map lights the corridors of the source state in hand (marks tagged data-origin).
 * No Plot, no d3: the page works the same without it.
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
  const left = Math.min(Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2), document.documentElement.clientWidth - tip.offsetWidth - 8);
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

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(".chart-svg [aria-label][tabindex]") : null);

document.addEventListener("pointerover", (e) => {
  const mark = markOf(e.target);
  if (mark) show(mark);
  else if (active) hide();
});
document.addEventListener("focusin", (e) => {
  const mark = markOf(e.target);
  if (mark) show(mark);
});
document.addEventListener("focusout", hide);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") hide();
});
