/**
 * Chart colours, per theme. Marks carry a class (c-claim, c-record, ...) and take `currentColor`,
 * so one SVG serves both themes. Each colour is at least 3:1 against its background (WCAG 1.4.11
 * for graphics) and the categories stay apart under colour-blindness simulations (tested).
 * Hues follow Okabe & Ito's colour-blind-safe set, darkened (light) or lightened (dark) for contrast.
 */
export const PALETTE = {
  light: {
    background: "#ffffff",
    text: "#1a1a1a",
    muted: "#595959",
    grid: "#d9d9d9",
    claim: "#b8460b", // vermillion: what officials said
    record: "#0b5fa5", // blue: what the record shows
    highlight: "#8a6d00", // ochre (Okabe-Ito yellow, darkened): the part of a whole the story is about
    other: "#6b6b6b",
    lawsuit: "#7a3d8f",
    security: "#00735a", // bluish green
  },
  dark: {
    background: "#121212",
    text: "#ececec",
    muted: "#b3b3b3",
    grid: "#3a3a3a",
    claim: "#ff8a50",
    record: "#6cb4f0",
    highlight: "#f0c040",
    other: "#a0a0a0",
    lawsuit: "#d59be6",
    security: "#3cc8a0",
  },
} as const;

export type Theme = keyof typeof PALETTE;

/**
 * The page's own colours, per theme: text and links at least 4.5:1 on both the page and the
 * panel background (tested with the chart colours in tests/unit/charts/kit/palette.test.ts).
 */
export const PAGE_COLORS = {
  light: {
    bg: "#ffffff",
    fg: "#1a1a1a",
    muted: "#595959",
    rule: "#d9d9d9",
    accent: "#8b1e1e",
    panel: "#f5f3ef",
    link: "#1d4f91",
  },
  dark: {
    bg: "#121212",
    fg: "#ececec",
    muted: "#b3b3b3",
    rule: "#3a3a3a",
    accent: "#f08c8c",
    panel: "#1e1e1e",
    link: "#8db8ff",
  },
} as const;
export type ColorName = Exclude<keyof (typeof PALETTE)["light"], "background" | "text" | "muted" | "grid">;

/** Category colours, as mark classes: `c-claim` colours a mark with the claim colour. */
export const colorClass = (name: ColorName) => `c-${name}`;

/** CSS for the chart colours in one theme, scoped under a selector. */
export function paletteCss(theme: Theme, scope: string): string {
  const chart = Object.entries(PALETTE[theme]).map(([k, v]) => `--chart-${k}:${v};`);
  const page = Object.entries(PAGE_COLORS[theme]).map(([k, v]) => `--${k}:${v};`);
  return `${scope}{${[...page, ...chart].join("")}}`;
}

/**
 * The rules mapping mark classes to colours: on the site they read the theme's variables; for
 * a standalone file (SVG download, PNG) they carry one theme's literal colours, since not every
 * renderer supports CSS variables.
 */
export function markCss(theme?: Theme): string {
  return (Object.keys(PALETTE.light) as Array<keyof (typeof PALETTE)["light"]>)
    .filter((k) => !["background", "text", "muted", "grid"].includes(k))
    .map((k) => `.c-${k}{color:${theme ? PALETTE[theme][k] : `var(--chart-${k})`}}`)
    .join("");
}
