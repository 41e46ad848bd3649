import { randomUUID } from 'node:crypto';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/hosts/local/azurite';
import { appAddedToChat, oneOnOneChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { teamsUser } from '../bot/teamsActivities';
import { runNpm, type NpmCommand } from '../support/npmCommand';
import { portAnswers } from '../support/ports';

// The README's `npm run playground`, as written: with no API running it starts one (and Azurite),
// then the Agents Playground against the bot endpoint; both must answer, and all of it must stop.

const ports = { api: 0, azurite: 0, playground: 0 };
let dataDir: string;
let command: NpmCommand;
let playgroundUrl: string;
let apiUrl: string;

beforeAll(async () => {
  ports.api = await freePort();
  ports.azurite = await freePort();
  ports.playground = await freePort();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'upward-npm-playground-'));
  command = runNpm(['run', 'playground'], {
    API_PORT: String(ports.api),
    AZURITE_PORT: String(ports.azurite),
    PLAYGROUND_PORT: String(ports.playground),
    LOCAL_DATA_DIR: dataDir,
    TABLES_CONNECTION_STRING: undefined,
  });
  const [, ui] = await command.waitFor(/Agents Playground:\s+(http:\/\/\S+)/);
  const [, endpoint] = await command.waitFor(/Bot endpoint:\s+(http:\/\/\S+)\/api\/messages\s+\(started here\)/);
  playgroundUrl = ui ?? '';
  apiUrl = endpoint ?? '';
});
afterAll(async () => {
  await command.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run playground', () => {
  it('starts its own API on the port it was given, keeping the playground’s files in LOCAL_DATA_DIR', async () => {
    expect(apiUrl).toBe(`http://localhost:${ports.api}`);
    await access(path.join(dataDir, 'playground', 'm365agentsplayground.yml'));
  });

  it('serves the Agents Playground’s UI', async () => {
    const response = await fetch(playgroundUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<html/i);
  });

  it('answers on the bot endpoint it printed', async () => {
    const suffix = randomUUID().slice(0, 8);
    const [employee, manager] = [teamsUser(`Avery ${suffix}`), teamsUser(`Morgan ${suffix}`)];
    for (const activity of appAddedToChat(oneOnOneChat(employee, manager), employee, [manager])) {
      expect((await postActivity(apiUrl, activity)).status).toBe(200);
    }
  });

  it('stops every process it started, Azurite included', async () => {
    expect(await command.stop()).toEqual([]);
    expect({
      api: await portAnswers(ports.api),
      azurite: await portAnswers(ports.azurite),
      playground: await portAnswers(Number(new URL(playgroundUrl).port)),
    }).toEqual({ api: false, azurite: false, playground: false });
  }, 60_000);
});
