import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../api/src/local/azurite';
import { repoRoot, type LocalApi } from '../../api/src/local/stack';
import { launchChromium } from './browser';
import { startTestApi } from './apiHarness';

/** The whole local app for browser tests: API + storage, the production tab build, Chromium. */
export interface TabStack {
  readonly api: LocalApi;
  readonly tabUrl: string;
  readonly browser: Browser;
  /** A fresh browser context signed in (local mode) as `user`, at `hash`, in `theme`. */
  open(user: string, options?: { hash?: string; theme?: 'light' | 'dark' | 'contrast'; width?: number }): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

const outDir = path.join(repoRoot, 'node_modules', '.cache', 'upward-e2e-dist');

/** Builds the tab as it ships and serves it with Vite's preview server, proxying /api and /dev to the test API. */
export async function startTabStack(): Promise<TabStack> {
  const api = await startTestApi();
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: repoRoot,
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', proxy: { '/api': api.baseUrl, '/dev': api.baseUrl } },
  });
  const tabUrl = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  return {
    api,
    tabUrl,
    browser,
    async open(user, options = {}) {
      const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
      const page = await context.newPage();
      const query = new URLSearchParams({ as: user, theme: options.theme ?? 'light' });
      await page.goto(`${tabUrl}/?${query.toString()}#${options.hash ?? '/personal'}`);
      return { context, page };
    },
    async stop() {
      await browser.close();
      await server.close();
      await api.stop();
    },
  };
}
