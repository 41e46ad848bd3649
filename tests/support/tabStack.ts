import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build, preview } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../api/src/hosts/local/azurite';
import { repoRoot, type LocalApi } from '../../api/src/hosts/local/stack';
import { tabProxy } from '../../api/src/hosts/local/tabProxy';
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

/** A built tab being served; `stop` also deletes the build. */
export interface ServedTab {
  readonly url: string;
  /** Where the build is, for measuring its files. */
  readonly outDir: string;
  stop(): Promise<void>;
}

/** Builds the tab as it ships and serves it with Vite's preview server, forwarding the API's routes to `apiBaseUrl` as `npm start` does. */
export async function serveBuiltTab(apiBaseUrl: string): Promise<ServedTab> {
  const configFile = path.join(repoRoot, 'vite.config.ts');
  // One build per process (git-ignored, beside node_modules), so parallel runs never serve each other's files.
  const outDir = path.join(repoRoot, 'node_modules', '.cache', `upward-e2e-dist-${process.pid}`);
  // Vitest sets NODE_ENV=test. The define alone gives React's production runtime, but the JSX
  // transform follows NODE_ENV and would emit jsxDEV calls that runtime lacks: build as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      configFile,
      logLevel: 'warn',
      // Vitest sets NODE_ENV=test, which would otherwise give React's development build: test what ships.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    // Assigning undefined would store the string "undefined".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const port = await freePort();
  const server = await preview({
    root: repoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', proxy: tabProxy(apiBaseUrl) },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    outDir,
    async stop() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** The API and storage of this test run, the production tab build, and Chromium. */
export async function startTabStack(): Promise<TabStack> {
  const api = await startTestApi();
  const tab = await serveBuiltTab(api.baseUrl);
  const browser = await launchChromium();
  return {
    api,
    tabUrl: tab.url,
    browser,
    async open(user, options = {}) {
      const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
      const page = await context.newPage();
      const query = new URLSearchParams({ as: user, theme: options.theme ?? 'light' });
      await page.goto(`${tab.url}/?${query.toString()}#${options.hash ?? '/personal'}`);
      return { context, page };
    },
    async stop() {
      await browser.close();
      await tab.stop();
      await api.stop();
    },
  };
}
