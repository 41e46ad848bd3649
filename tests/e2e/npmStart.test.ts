import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/hosts/local/azurite';
import { appAddedToChat, oneOnOneChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { launchChromium } from '../support/browser';
import { runNpm, type NpmCommand } from '../support/npmCommand';
import { portAnswers } from '../support/ports';

// The README's first command, as written: `npm start` brings up Azurite, the API and the tab's
// Vite dev server, and the tab must show the app, with every module it loads found.

const ports = { api: 0, tab: 0, azurite: 0 };
let dataDir: string;
let command: NpmCommand;
let browser: Browser;
let tabUrl: string;

beforeAll(async () => {
  ports.api = await freePort();
  ports.tab = await freePort();
  ports.azurite = await freePort();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'upward-npm-start-'));
  command = runNpm(['start'], {
    API_PORT: String(ports.api),
    TAB_PORT: String(ports.tab),
    AZURITE_PORT: String(ports.azurite),
    LOCAL_DATA_DIR: dataDir,
    // A developer's own storage setting would skip Azurite, which this test wants running.
    TABLES_CONNECTION_STRING: undefined,
  });
  const [, url] = await command.waitFor(/Tab:\s+(http:\/\/\S+)\/#\/personal/);
  tabUrl = url ?? '';
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await command.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Same-origin documents, scripts and styles that failed or answered an error: any one can leave
 * the page blank. `first` settles on the first, so a test need not wait out a heading that never comes.
 */
function watchFailedLoads(page: Page): { failures: string[]; first: Promise<string> } {
  const failures: string[] = [];
  const watched = new Set(['document', 'script', 'stylesheet']);
  const ours = (url: string) => url.startsWith(tabUrl);
  let failed: (failure: string) => void = () => undefined;
  const first = new Promise<string>((resolve) => {
    failed = resolve;
  });
  page.on('requestfailed', (request) => {
    if (!ours(request.url()) || !watched.has(request.resourceType())) return;
    const failure = `${request.url()}: ${request.failure()?.errorText ?? 'failed'}`;
    failures.push(failure);
    failed(failure);
  });
  page.on('response', (response) => {
    if (!ours(response.url()) || !watched.has(response.request().resourceType()) || response.status() < 400) return;
    const failure = `${response.url()}: ${response.status()}`;
    failures.push(failure);
    failed(failure);
  });
  return { failures, first };
}

/** Opens the tab as `user` at `hash` and waits for `heading`, or for the first module that fails to load. */
async function openTab(user: string, hash: string, heading: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const { failures, first } = watchFailedLoads(page);
  // The dev server optimizes dependencies and transforms modules on first request, so a first load
  // can take far longer than a built tab's: wait for the heading, not for the load event.
  await page.goto(`${tabUrl}/?${new URLSearchParams({ as: user }).toString()}#${hash}`, { waitUntil: 'commit' });
  await Promise.race([page.getByRole('heading', { name: heading }).waitFor({ timeout: 90_000 }), first]);
  expect(failures).toEqual([]);
  return { context, page };
}

describe('npm start', () => {
  it('prints where the tab is, on the port it was given, and no warnings', () => {
    expect(tabUrl).toBe(`http://localhost:${ports.tab}`);
    // Vite marks its warnings "(!)"; the first command should start clean.
    expect(command.output()).not.toMatch(/^\(!\)/m);
  });

  it('shows the personal tab, with every module found', async () => {
    const { context, page } = await openTab(`Avery ${randomUUID().slice(0, 8)}`, '/personal', 'Career goals');
    // Loaded through the API (a new user's empty goals), with the local-only dev bar, whose chunk imports api/src/hosts/teams.
    await page.getByRole('heading', { name: 'Where do you want to be?' }).waitFor();
    await page.getByText('Local mode (outside Teams)').waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'upward-npm-start-personal.png') });
    await context.close();
  }, 120_000);

  it('shows a local 1:1 chat tab, with every module found', async () => {
    const suffix = randomUUID().slice(0, 8);
    const [employee, manager] = [teamsUser(`Avery ${suffix}`), teamsUser(`Morgan ${suffix}`)];
    const chat = oneOnOneChat(employee, manager, 'local');
    // As the dev bar does: the tab's origin forwards the Teams activities to the bot endpoint.
    for (const activity of appAddedToChat(chat, employee, [manager])) {
      expect((await postActivity(tabUrl, activity)).status).toBe(200);
    }
    const { context, page } = await openTab(employee.name, `/chat?${new URLSearchParams({ chatId: chat.id }).toString()}`, 'Next 1:1 agenda');
    await page.getByRole('heading', { name: 'Nothing on the agenda yet' }).waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'upward-npm-start-chat.png') });
    await context.close();
  }, 120_000);

  it('stops every process it started, Azurite included', async () => {
    expect(await command.stop()).toEqual([]);
    expect({ api: await portAnswers(ports.api), tab: await portAnswers(ports.tab), azurite: await portAnswers(ports.azurite) }).toEqual({ api: false, tab: false, azurite: false });
  }, 60_000);
});
