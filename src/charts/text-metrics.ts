/** Chart text size in px (site.css .chart-svg); Plot's lineWidth is in ems of it. */
export const FONT_PX = 12;

/**
 * Plot lineWidth (ems) for text that may use `px` of the artboard. Plot measures with Helvetica
 * metrics; our labels are semi-bold system UI, about 12% wider, so wrap that much earlier.
 */
export const emsFor = (px: number) => Math.floor((px / FONT_PX) * 0.86);
