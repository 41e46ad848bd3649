import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCard, SendError, type RetryPolicy } from '../../api/src/app/proactive';
import { startConnectorStandIn } from '../../api/src/hosts/local/connectorStandIn';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { installationUpdate, personalChat, postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { startTestApi } from '../support/apiHarness';
import { teamsUser } from './teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** The real backoff shape with no real waiting, so a test of five tries stays fast. */
const quick: RetryPolicy = { attempts: 5, baseDelayMs: 1, maxDelayMs: 4, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random };

const card = (text: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] });

async function installedUser(): Promise<TeamsUser> {
  const user = teamsUser(`avery-${randomUUID().slice(0, 8)}`);
  const response = await postActivity(api.baseUrl, installationUpdate(personalChat(user), user, 'add'));
  expect(response.status).toBe(200);
  return user;
}

const ownerOf = (user: TeamsUser) => ({ scope: 'personal', tenantId: user.tenantId, objectId: user.objectId }) as const;

function cardsFor(user: TeamsUser, text: string) {
  return api.connector.received.filter(
    (call) => call.conversationId === personalChat(user).id && JSON.stringify(call.activity).includes(text),
  );
}

describe('proactive posts through the local Bot Connector stand-in', () => {
  it('a card posted to an installed user arrives once, in their personal chat, as an Adaptive Card', async () => {
    const user = await installedUser();
    const outcome = await postCard(api.services, ownerOf(user), card('Hello from Upward'), quick);
    expect(outcome.kind).toBe('posted');
    const calls = cardsFor(user, 'Hello from Upward');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(JSON.stringify(calls[0]?.activity)).toContain('application/vnd.microsoft.card.adaptive');
  });

  it('a connector answering 429 and then 502 is retried: the card still arrives exactly once', async () => {
    const user = await installedUser();
    api.connector.failNext(429, 1);
    api.connector.failNext(502, 1);
    await postCard(api.services, ownerOf(user), card('After a throttle'), quick);
    expect(cardsFor(user, 'After a throttle')).toHaveLength(1);
  });

  it('a connector that keeps refusing gives up with the status, and nothing arrives', async () => {
    const user = await installedUser();
    // The connector client retries a few times on its own before our retries see a failure.
    api.connector.failNext(504, 20);
    try {
      await expect(postCard(api.services, ownerOf(user), card('Never'), { ...quick, attempts: 1 })).rejects.toThrowError(SendError);
    } finally {
      api.connector.clearFailures();
    }
    expect(cardsFor(user, 'Never')).toHaveLength(0);
  }, 30_000);

  it('someone who uninstalled the app gets nothing', async () => {
    const user = await installedUser();
    await postActivity(api.baseUrl, installationUpdate(personalChat(user), user, 'remove'));
    expect(await postCard(api.services, ownerOf(user), card('Too late'), quick)).toEqual({ kind: 'not-installed' });
    expect(cardsFor(user, 'Too late')).toHaveLength(0);
  });

  it('a client on this machine that is its own Bot Connector (the Agents Playground) gets the card; Teams-service references get the stand-in', async () => {
    // A second recorder on loopback plays the playground's `/_connector`.
    const local = await startConnectorStandIn();
    try {
      const user = teamsUser(`avery-${randomUUID().slice(0, 8)}`);
      const install = { ...installationUpdate(personalChat(user), user, 'add'), serviceUrl: local.serviceUrl };
      expect((await postActivity(api.baseUrl, install)).status).toBe(200);
      expect((await api.services.conversations.get(ownerOf(user)))?.serviceUrl).toBe(local.serviceUrl);
      await postCard(api.services, ownerOf(user), card('Shown in the playground'), quick);
      const arrived = local.received.filter((call) => call.conversationId === personalChat(user).id && JSON.stringify(call.activity).includes('Shown in the playground'));
      expect(arrived).toHaveLength(1);
      expect(cardsFor(user, 'Shown in the playground')).toHaveLength(0);
    } finally {
      await local.stop();
    }
    const teamsUserInstalled = await installedUser();
    expect((await api.services.conversations.get(ownerOf(teamsUserInstalled)))?.serviceUrl).toBe(api.connector.serviceUrl);
  });
});
