// Embeds are light unless the code asks otherwise: a host page cannot tell the iframe its own
// background, and a chart that followed the reader's dark setting would put a black box in a
// white newspaper. ?theme=dark pins dark; ?theme=auto follows the reader (prefers-color-scheme).
// A classic script in <head>, so the page never paints in the wrong theme first.
(function () {
  var t = new URLSearchParams(location.search).get("theme");
  if (t === "dark") document.documentElement.setAttribute("data-theme", "dark");
  else if (t === "auto") document.documentElement.removeAttribute("data-theme");
})();
