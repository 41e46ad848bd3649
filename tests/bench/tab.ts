import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/browser';
import { percentile } from './load';

/** Most the first screen may load before anything lazy, gzipped (the README's budget). */
export const INITIAL_JS_BUDGET_KB = 150;
const LOADS = 15;

/** Gzipped size of the JavaScript index.html loads before anything is lazy-loaded. */
export async function initialJsGzipKb(distDir: string): Promise<number> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  let bytes = 0;
  for (const script of new Set(scripts)) {
    bytes += gzipSync(await readFile(path.join(distDir, script.replace(/^\//, '')))).byteLength;
  }
  return bytes / 1024;
}

/** Milliseconds from navigation start until `visibleText` shows, over several fresh loads in headless Chromium. */
export async function timeToVisible(url: string, visibleText: string): Promise<{ p50: number; p95: number }> {
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.getByText(visibleText, { exact: true }).first().waitFor({ timeout: 15_000 });
      samples.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Printable lines for the tab's size and speed. */
export async function benchTab(distDir: string, url: string, visibleText: string): Promise<string[]> {
  const initial = await initialJsGzipKb(distDir);
  const visible = await timeToVisible(url, visibleText);
  return [
    'Personal tab (production build, headless Chromium, local stack)',
    `  initial JS gzipped: ${initial.toFixed(1)} KB (budget ${INITIAL_JS_BUDGET_KB} KB)`,
    `  navigation -> goals and wins visible: p50 ${visible.p50.toFixed(0)} ms, p95 ${visible.p95.toFixed(0)} ms over ${LOADS} cold loads (target < 1000 ms)`,
  ];
}
