import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

/** The brand colour behind the colour icon; the manifest's accentColor is the same value. */
export const BRAND_COLOR = '#0F7B6C';

/** Teams' required icon sizes, in pixels. */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

interface Segment {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
}

// The mark, in a unit square: an upward arrow drawn as three round-capped strokes.
const ARROW: readonly Segment[] = [
  { ax: 0.5, ay: 0.78, bx: 0.5, by: 0.24 },
  { ax: 0.5, ay: 0.22, bx: 0.28, by: 0.44 },
  { ax: 0.5, ay: 0.22, bx: 0.72, by: 0.44 },
];

// 8x8 samples per pixel gives smooth edges without any drawing library.
const SAMPLES = 8;

function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const t = Math.max(0, Math.min(1, ((px - s.ax) * dx + (py - s.ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (s.ax + t * dx), py - (s.ay + t * dy));
}

/** How much of pixel (x, y) the arrow covers, 0..1, at the given size and stroke half-width (unit square). */
export function arrowCoverage(x: number, y: number, size: number, halfWidth: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const ux = (x + (sx + 0.5) / SAMPLES) / size;
      const uy = (y + (sy + 0.5) / SAMPLES) / size;
      if (ARROW.some((segment) => distanceToSegment(ux, uy, segment) <= halfWidth)) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

/** The 192x192 colour icon: a white arrow on the brand colour, fully opaque. */
export function renderColorIcon(): PNG {
  const size = COLOR_ICON_SIZE;
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = hexToRgb(BRAND_COLOR);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = arrowCoverage(x, y, size, 0.075);
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(r + (255 - r) * c);
      png.data[i + 1] = Math.round(g + (255 - g) * c);
      png.data[i + 2] = Math.round(b + (255 - b) * c);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/** The 32x32 outline icon: the same arrow in white, everything else fully transparent. */
export function renderOutlineIcon(): PNG {
  const size = OUTLINE_ICON_SIZE;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // Transparent pixels stay white too, so scaling never blends in a dark fringe.
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * arrowCoverage(x, y, size, 0.09));
    }
  }
  return png;
}

/** Encodes an icon as PNG bytes. */
export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}

/** Writes color.png and outline.png into `dir`. */
export function writeIcons(dir: string): void {
  writeFileSync(path.join(dir, 'color.png'), encodePng(renderColorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(renderOutlineIcon()));
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(invokedPath).href) {
  writeIcons(path.resolve(import.meta.dirname, '..', 'appPackage'));
}
