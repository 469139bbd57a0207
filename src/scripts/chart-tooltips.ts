/**
 * Tooltips and highlight for chart marks. The marks are already focusable and named at build
 * time (tabindex, aria-label); this only shows that name beside the mark on hover and focus.
 * No Plot, no d3: the page works the same without it.
 */
const tip = document.createElement("div");
tip.className = "chart-tooltip";
tip.setAttribute("aria-hidden", "true");
tip.hidden = true;
document.body.append(tip);

let active: Element | null = null;

function show(mark: Element) {
  hide();
  active = mark;
  mark.classList.add("is-active");
  tip.textContent = mark.getAttribute("aria-label");
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const left = Math.min(Math.max(8, box.left + box.width / 2 - tip.offsetWidth / 2), document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.top + window.scrollY - tip.offsetHeight - 8}px`;
}

function hide() {
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
