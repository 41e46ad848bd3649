import type { Server } from 'node:http';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppConfig } from '../../api/src/config/settings';
import { personalPartition } from '../../api/src/domain/identity';
import { createRouter } from '../../api/src/http/router';
import { routes } from '../../api/src/hosts/routeTable';
import { createServices, type Services } from '../../api/src/app/services';
import { freePort } from '../../api/src/hosts/local/azurite';
import { createDevIssuer } from '../../api/src/hosts/local/devIssuer';
import { createLocalServer } from '../../api/src/hosts/local/server';
import { localConfig } from '../../api/src/hosts/local/stack';
import { installationUpdate, oneOnOneChat, postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { chatMessage, messageActionInvoke, teamsUser } from './teamsActivities';

// The API as Azure runs it as far as the bot is concerned: a bot identity is configured, so
// botbuilder must authenticate every activity. Everything else stays local.
let server: Server;
let services: Services;
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  const tabOrigin = 'http://localhost:53000';
  const issuer = await createDevIssuer({ baseUrl, tabOrigin });
  const config: AppConfig = {
    ...localConfig(baseUrl, tabOrigin, issuer, inject('tablesConnectionString')),
    bot: { appId: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', tenantId: '0d9b645f-597b-41f0-a2a3-ef103fbd91bb', appType: 'UserAssignedMSI' },
  };
  services = createServices(config, { log: { info: () => undefined, error: () => undefined } });
  server = createLocalServer({ router: createRouter(routes, services), issuer, corsOrigin: tabOrigin });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function forgedToken(issuer: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT({ serviceurl: 'https://smba.trafficmanager.net/amer/' })
    .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
    .setIssuer(issuer)
    .setAudience('6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

describe('with a bot identity configured (Azure)', () => {
  const alice = teamsUser('auth-alice');
  const message = chatMessage(alice, '<p>I will send the deck by Friday</p>');
  const submit = messageActionInvoke('composeExtension/submitAction', alice, message, {
    data: { kind: 'commitment', title: 'Send the deck', details: '', dueDate: '', toWhom: '', impact: '', winDate: '2026-03-04', shared: 'false' },
  });

  it.each([
    ['no Authorization header', {}],
    ['a bearer token that is not a JWT', { Authorization: 'Bearer not-a-token' }],
    ['a token from an issuer Bot Framework does not use', { Authorization: `Bearer ${'<forged>'}` }],
  ])('an activity with %s is refused with 401 and stores nothing', async (_label, headers) => {
    const sent = { ...headers };
    if (sent.Authorization === 'Bearer <forged>') sent.Authorization = `Bearer ${await forgedToken('https://evil.example.com')}`;
    const response = await postActivity(baseUrl, submit, sent);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'unauthorized', status: 401 });
    const stored = await services.personal.list(personalPartition(alice), 'commitment', 10);
    expect(stored.items).toEqual([]);
  });

  it('a roster update without a token changes no roster', async () => {
    const chat = oneOnOneChat(alice, teamsUser('auth-bob'));
    const response = await postActivity(baseUrl, installationUpdate(chat, alice, 'add'));
    expect(response.status).toBe(401);
    expect(await services.rosters.access(chat.id, alice.tenantId, alice.objectId)).toBe('unknown-chat');
  });
});
