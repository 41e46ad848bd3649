import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';

/** One screen pixel. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A screenshot of what the viewport shows now, decoded, in CSS pixels (scale factor 1); also saved to `path`. */
export async function viewportPixels(page: Page, path: string): Promise<PNG> {
  return PNG.sync.read(await page.screenshot({ path }));
}

/** The colour at (x, y) of a decoded screenshot. */
export function pixelAt(png: PNG, x: number, y: number): Rgb {
  const offset = (png.width * Math.round(y) + Math.round(x)) * 4;
  return { r: png.data[offset] ?? 0, g: png.data[offset + 1] ?? 0, b: png.data[offset + 2] ?? 0 };
}

/** Relative brightness, 0 (black) to 1 (white). */
export const brightness = ({ r, g, b }: Rgb) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

/** A rectangle of the viewport, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where `locator` is on screen; fails when it is not rendered. */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not on screen');
  return box;
}

/** How far apart the darkest and brightest pixels inside `box` (grown by `margin`) are, 0 to 1: 0 means one flat colour. */
export function brightnessSpread(png: PNG, box: Box, margin = 0): number {
  let darkest = 1;
  let brightest = 0;
  for (let y = Math.max(0, box.y - margin); y < Math.min(png.height, box.y + box.height + margin); y++) {
    for (let x = Math.max(0, box.x - margin); x < Math.min(png.width, box.x + box.width + margin); x++) {
      const value = brightness(pixelAt(png, x, y));
      darkest = Math.min(darkest, value);
      brightest = Math.max(brightest, value);
    }
  }
  return Math.max(0, brightest - darkest);
}
