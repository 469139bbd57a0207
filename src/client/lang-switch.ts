/**
 * The language switch keeps the reader where they are: it carries the anchor of the chart in the
 * address (or of the last chart scrolled past) to the other edition. Without JavaScript it links to the
 * same page's top, and every chart has its own link to its translation.
 */
const link = document.querySelector<HTMLAnchorElement>("a.lang-switch");
if (link) {
  const base = link.href.split("#")[0]!;
  const update = () => {
    let anchor = location.hash;
    const named = anchor.length > 1 ? document.getElementById(decodeURIComponent(anchor.slice(1))) : null;
    if (!named?.matches("figure.chart")) {
      const above = [...document.querySelectorAll<HTMLElement>("figure.chart")].filter(
        (f) => f.getBoundingClientRect().top < window.innerHeight / 2,
      );
      anchor = above.length ? `#${above.at(-1)!.id}` : "";
    }
    link.href = base + anchor;
  };
  addEventListener("hashchange", update);
  link.addEventListener("pointerdown", update);
  link.addEventListener("focus", update);
}
