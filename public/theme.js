// Embeds: ?theme=light|dark pins the chart's theme; anything else follows the reader's setting.
// A classic script in <head>, so the page never paints in the wrong theme first.
(function () {
  var t = new URLSearchParams(location.search).get("theme");
  if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
})();
