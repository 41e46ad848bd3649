import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { postActivity } from '../../api/src/hosts/teams/teamsActivities';
import { startTestApi } from '../support/apiHarness';
import { chatMessage, messageActionInvoke, teamsUser } from './teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const alice = teamsUser('alice-malformed');
/** A well-formed `composeExtension/fetchTask` as Teams sends it, to break one field at a time. */
const invoke = () => messageActionInvoke('composeExtension/fetchTask', alice, chatMessage(alice, '<p>I will send the deck by Friday</p>'));
const submit = () => messageActionInvoke('composeExtension/submitAction', alice, chatMessage(alice, '<p>Thanks for the deck</p>'), { data: { kind: 'win', title: 'Deck' } });

/** What the bot endpoint answers to an activity that is not one it handles: 400 naming the field. */
function expectRefused(response: { status: number; body: unknown }, field: string) {
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ status: 400, code: 'invalid_activity' });
  expect((response.body as { errors: { path: string }[] }).errors.map((error) => error.path)).toContain(field);
}

describe('POST /api/messages with a malformed activity', () => {
  it.each([
    ['type missing', (): Record<string, unknown> => ({ ...invoke(), type: undefined }), 'type'],
    ['type a number', () => ({ ...invoke(), type: 42 }), 'type'],
    ['type null', () => ({ ...invoke(), type: null }), 'type'],
    ['type an object', () => ({ ...invoke(), type: { invoke: true } }), 'type'],
    ['type empty', () => ({ ...invoke(), type: '' }), 'type'],
    ['serviceUrl a number', () => ({ ...invoke(), serviceUrl: 443 }), 'serviceUrl'],
    ['serviceUrl an object', () => ({ ...invoke(), serviceUrl: { href: 'https://smba.trafficmanager.net/amer/' } }), 'serviceUrl'],
    ['serviceUrl not a URL', () => ({ ...invoke(), serviceUrl: 'smba' }), 'serviceUrl'],
    ['from a string', () => ({ ...invoke(), from: 'alice' }), 'from'],
    ['conversation a number', () => ({ ...invoke(), conversation: 7 }), 'conversation'],
    ['name a number', () => ({ ...invoke(), name: 1 }), 'name'],
    ['membersAdded not a list', () => ({ ...invoke(), type: 'conversationUpdate', membersAdded: 'everyone' }), 'membersAdded'],
    ['submitAction with value null', () => ({ ...submit(), value: null }), 'value'],
    ['submitAction with value a string', () => ({ ...submit(), value: 'submit' }), 'value'],
    ['fetchTask without a value', () => ({ ...invoke(), value: undefined }), 'value'],
  ])('%s: 400 naming the field', async (_label, activity, field) => {
    expectRefused(await postActivity(api.baseUrl, activity()), field);
  });

  it.each(['composeExtension/query', 'task/fetch', 'message/submitAction', 'composeExtension/queryLink'])(
    'an invoke the app does not handle (%s) is a 400 saying so, not a 500',
    async (name) => {
      const response = await postActivity(api.baseUrl, { ...invoke(), name, value: { commandId: 'search', parameters: [] } });
      expect(response).toEqual({
        status: 400,
        body: {
          type: 'https://upward.app/problems/invalid_activity',
          title: 'The request body is not an activity this bot handles.',
          status: 400,
          code: 'invalid_activity',
          errors: [{ path: 'name', message: 'This app does not handle this invoke.' }],
        },
      });
    },
  );

  it('a well-formed fetchTask still opens the form', async () => {
    const response = await postActivity(api.baseUrl, invoke());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ task: { type: 'continue', value: { card: { contentType: 'application/vnd.microsoft.card.adaptive' } } } });
  });

  it('Teams’ nulls for absent fields are still accepted', async () => {
    const response = await postActivity(api.baseUrl, { ...invoke(), replyToId: null, text: null, channelData: null, entities: null });
    expect(response.status).toBe(200);
  });
});
