// The app's two Teams icons, drawn by code so they are ours and reproducible: a bent leg with
// its kneecap and a small medical cross. Colour icon 192×192 (white glyph on the accent colour),
// outline icon 32×32 (white glyph on transparent), as Teams requires.
import { encodePng, type RgbaImage } from './png';

export const ACCENT_COLOR = '#0E7C86';
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Point = [number, number];
type Shape = (p: Point) => boolean;

function capsule(a: Point, b: Point, r: number): Shape {
  return ([x, y]) => {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
    const [px, py] = [a[0] + t * dx - x, a[1] + t * dy - y];
    return px * px + py * py <= r * r;
  };
}

function circle(c: Point, r: number): Shape {
  return ([x, y]) => (x - c[0]) ** 2 + (y - c[1]) ** 2 <= r * r;
}

/** The glyph in unit coordinates (0..1, y down). */
const GLYPH: Shape[] = [
  capsule([0.1, 0.42], [0.5, 0.52], 0.11), // thigh (a seated leg, seen from the side)
  capsule([0.5, 0.52], [0.46, 0.9], 0.085), // shin
  capsule([0.46, 0.92], [0.68, 0.93], 0.05), // foot
  circle([0.69, 0.45], 0.065), // kneecap, set apart so it reads at 32 px
  capsule([0.8, 0.06], [0.8, 0.32], 0.045), // cross, vertical
  capsule([0.67, 0.19], [0.93, 0.19], 0.045), // cross, horizontal
];

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * Renders the glyph white onto `background` (undefined = transparent), 4×4 supersampled for
 * smooth edges; the glyph fills `inset`..1-`inset` of the square.
 */
export function drawIcon(size: number, inset: number, background?: string): RgbaImage {
  const bg = background ? hexToRgb(background) : undefined;
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = 1 - 2 * inset;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size - inset) / scale;
          const v = ((y + (sy + 0.5) / samples) / size - inset) / scale;
          if (GLYPH.some((shape) => shape([u, v]))) hits++;
        }
      }
      const coverage = hits / (samples * samples);
      const i = (y * size + x) * 4;
      if (bg) {
        // White blended over the background colour; fully opaque.
        for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(bg[c]! + (255 - bg[c]!) * coverage);
        pixels[i + 3] = 255;
      } else {
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
        pixels[i + 3] = Math.round(255 * coverage);
      }
    }
  }
  return { width: size, height: size, pixels };
}

export function colorIconPng(accent = ACCENT_COLOR): Buffer {
  return encodePng(drawIcon(COLOR_ICON_SIZE, 0.2, accent));
}

export function outlineIconPng(): Buffer {
  return encodePng(drawIcon(OUTLINE_ICON_SIZE, 0.03));
}
