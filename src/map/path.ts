import { geoClipRectangle, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";

/** A rectangle in px: [[left, top], [right, bottom]]. */
export type Box = [[number, number], [number, number]];

/**
 * Collects d3-geo's drawing calls as compact SVG path data: whole pixels, relative commands,
 * no point that rounds onto the one before, straight runs merged, and rings that collapse below
 * a triangle dropped. The map's outlines are drawn four times (one per artboard), so every byte
 * counts: this is about a third of geoPath's default output.
 */
class CompactPath {
  private out: string[] = [];
  private sub: string[] = [];
  private points = 0;
  private x = 0;
  private y = 0;
  /** The last relative step, kept open so a step in the same direction can extend it. */
  private step: [number, number] | null = null;

  moveTo(x: number, y: number) {
    this.end(false);
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.sub = [`M${this.x},${this.y}`];
    this.points = 1;
  }

  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const dx = rx - this.x;
    const dy = ry - this.y;
    if (dx === 0 && dy === 0) return;
    this.x = rx;
    this.y = ry;
    const s = this.step;
    // Same direction as the step before (parallel, not reversed): one longer step draws the same line.
    if (s && s[0] * dy === s[1] * dx && s[0] * dx + s[1] * dy > 0) {
      s[0] += dx;
      s[1] += dy;
      return;
    }
    this.flushStep();
    this.step = [dx, dy];
    this.points += 1;
  }

  closePath() {
    this.end(true);
  }

  /** Points are not drawn on this map (crossings and centroids are marks of their own). */
  arc() {}

  toString(): string {
    this.end(false);
    return this.out.join("");
  }

  private flushStep() {
    if (!this.step) return;
    const [dx, dy] = this.step;
    // After the first "l" further pairs repeat it implicitly; a minus sign separates numbers by itself.
    const sep = this.sub.length === 1 ? "l" : dx < 0 ? "" : " ";
    this.sub.push(`${sep}${dx}${dy < 0 ? "" : ","}${dy}`);
    this.step = null;
  }

  private end(close: boolean) {
    this.flushStep();
    if (this.sub.length > 0 && this.points >= (close ? 3 : 2)) this.out.push(this.sub.join("") + (close ? "z" : ""));
    this.sub = [];
    this.points = 0;
  }
}

/** SVG path data for lon/lat geometry: projected, clipped to `box`, in whole pixels. */
export function pathData(object: GeoPermissibleObjects, projection: GeoProjection, box: Box): string {
  const [[x0, y0], [x1, y1]] = box;
  const clip = geoClipRectangle(x0, y0, x1, y1);
  const context = new CompactPath();
  geoPath({ stream: (s) => projection.stream(clip(s)) }, context as unknown as CanvasRenderingContext2D)(object);
  return context.toString();
}
