import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';
import { actionReply, cardElements, chatMessage, fetchForm as fetchActionForm, fieldError, freshUser, inputValue, messageActionInvoke, submittedValues, type ChatMessage } from './teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});


const fetchForm = (user: TeamsUser, message: ChatMessage) => fetchActionForm(api.baseUrl, user, message);
const valueOf = inputValue;

async function feedbackOf(client: Client) {
  const response = await client.request('GET', '/me/feedback/summary');
  expect(response.status).toBe(200);
  return (response.body.entries as { feedback: Record<string, unknown>; status: string }[]).map((entry) => entry.feedback);
}

describe('Log in Upward: feedback someone gave me', () => {
  it('the form offers the feedback kind, guessed from advice, with the author as giver and the message as text', async () => {
    const alice = freshUser('alice');
    const morgan = freshUser('morgan');
    const card = await fetchForm(alice, chatMessage(morgan, '<p>Next time, send the Q3 deck a day ahead</p>'));
    const kind = cardElements(card).find((element) => element.id === 'kind');
    expect(kind?.choices?.map((choice) => choice.value)).toEqual(['commitment', 'win', 'insight', 'feedback']);
    expect(valueOf(card, 'kind')).toBe('feedback');
    expect(valueOf(card, 'giver')).toBe(morgan.name);
    expect(valueOf(card, 'feedbackText')).toBe('Next time, send the Q3 deck a day ahead');
    expect(cardElements(card).map((element) => element.text)).toContain('If it is feedback someone gave me');
  });

  it('my own message leaves the giver for me to fill in', async () => {
    const alice = freshUser('alice');
    const card = await fetchForm(alice, chatMessage(alice, '<p>Morgan said the demo ran long</p>'));
    expect(valueOf(card, 'giver')).toBe('');
  });

  it('saves it as private feedback from a message, linked back to it, dated the day it was sent, and posts nothing', async () => {
    const alice = freshUser('alice');
    const morgan = freshUser('morgan');
    const bob = freshUser('bob');
    const client = await clientFor(api, alice.name);
    const message = chatMessage(morgan, '<p>Secret-9c1: you could have opened with the numbers</p>');
    const card = await fetchForm(alice, message);
    const response = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/submitAction', alice, message, { data: submittedValues(card) }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ task: { type: 'message', value: `Saved as feedback from ${morgan.name}. Only you can see it, in Upward's Feedback.` } });

    const [saved, ...rest] = await feedbackOf(client);
    expect(rest).toEqual([]);
    expect(saved).toMatchObject({
      giver: morgan.name,
      text: 'Secret-9c1: you could have opened with the numbers',
      receivedOn: '2026-03-04',
      origin: 'message',
      commitmentIds: [],
      source: { messageId: message.id, authorName: morgan.name, sentAt: '2026-03-04T09:00:00.000Z' },
    });
    const link = (saved?.source as { linkToMessage: string }).linkToMessage;
    expect(link.startsWith('https://teams.microsoft.com/l/message/')).toBe(true);
    expect((await client.request('GET', '/me/commitments')).body.items).toEqual([]);
    expect(JSON.stringify(await feedbackOf(await clientFor(api, bob.name)))).not.toContain('Secret-9c1');
  });

  it('a retried submission, even two at once, saves one piece of feedback', async () => {
    const alice = freshUser('alice');
    const morgan = freshUser('morgan');
    const client = await clientFor(api, alice.name);
    const message = chatMessage(morgan, '<p>My feedback: shorter updates</p>');
    const card = await fetchForm(alice, message);
    const invoke = messageActionInvoke('composeExtension/submitAction', alice, message, { data: submittedValues(card) });
    const replies = await Promise.all([postActivity(api.baseUrl, invoke), postActivity(api.baseUrl, invoke)]);
    replies.push(await postActivity(api.baseUrl, invoke));
    for (const reply of replies) expect(actionReply(reply.body).message).toContain('Saved as feedback from');
    expect(await feedbackOf(client)).toHaveLength(1);
  });

  it.each([
    ['no giver', { giver: '  ' }, 'giver', 'Say who gave it.'],
    ['an empty text', { feedbackText: '' }, 'feedbackText', 'Write what they said.'],
    ['a text over 4,000 characters', { feedbackText: 'z'.repeat(4001) }, 'feedbackText', 'At most 4000 characters.'],
  ])('refuses %s next to its field and saves nothing', async (_label, changes, field, error) => {
    const alice = freshUser('alice');
    const message = chatMessage(freshUser('morgan'), '<p>Next time, fewer slides</p>');
    const card = await fetchForm(alice, message);
    const response = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/submitAction', alice, message, { data: { ...submittedValues(card), ...changes } }));
    const reply = actionReply(response.body);
    expect(fieldError(reply.card, field)).toBe(error);
    expect(valueOf(reply.card, 'kind')).toBe('feedback');
    expect(await feedbackOf(await clientFor(api, alice.name))).toEqual([]);
  });
});
