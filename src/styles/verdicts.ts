/**
 * How each verdict looks, wherever it is shown (the story's summary, its record notes, /sources/):
 * a colour per theme, an icon and the verdict's words, so colour is never the only cue. Each
 * colour is at least 4.5:1 against the page and the panel background in its theme (it colours
 * text), and the four stay apart from one another (tests/unit/styles/verdicts.test.ts).
 */
import type { Verdict } from "../data/claims.ts";

export const VERDICT_COLORS: Record<"light" | "dark", Record<Verdict, string>> = {
  light: { consistent: "#1b6b3a", estimate: "#1d5a8c", "needs-context": "#8a4b00", differs: "#a4161a" },
  dark: { consistent: "#7fd49b", estimate: "#8cc4f2", "needs-context": "#f2b866", differs: "#ff9a94" },
};

/**
 * Each verdict's icon, a 16 x 16 path drawn in the verdict's colour: a tick (consistent), a
 * wave "about" sign (an estimate), an "i" (needs context) and a cross (differs).
 */
export const VERDICT_ICONS: Record<Verdict, string> = {
  consistent: "M3 8.5l3.2 3.2L13 4.8",
  estimate: "M2.5 6.5c1.8-1.6 3.6-1.6 5.5 0s3.7 1.6 5.5 0M2.5 10.5c1.8-1.6 3.6-1.6 5.5 0s3.7 1.6 5.5 0",
  "needs-context": "M8 7v5.5M8 3.6v0.8",
  differs: "M4 4l8 8M12 4l-8 8",
};

/** The verdict colours as CSS variables (--verdict-<name>) for one theme, under a selector. */
export function verdictCss(theme: "light" | "dark", scope: string): string {
  return `${scope}{${Object.entries(VERDICT_COLORS[theme])
    .map(([k, v]) => `--verdict-${k}:${v};`)
    .join("")}}`;
}
