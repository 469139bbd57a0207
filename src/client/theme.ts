// The embed page's theme, served as /theme.js (a classic script in the embed page's head, so the
// page never paints in the wrong theme first). Embeds are light unless the code asks otherwise: a
// host page cannot tell the iframe its own background, and a chart that followed the reader's
// dark setting would put a black box in a white newspaper. ?theme=dark pins dark; ?theme=auto
// follows the reader (prefers-color-scheme). scripts/embed-loader.ts builds it with esbuild.

/** The query parameter of the URL contract (THEME_PARAM in src/publish/urls.ts), put in at build. */
declare const THEME_PARAM: string;

const theme = new URLSearchParams(location.search).get(THEME_PARAM);
if (theme === "dark") document.documentElement.setAttribute("data-theme", "dark");
else if (theme === "auto") document.documentElement.removeAttribute("data-theme");
