import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NO_SUCH_GOAL } from '../../api/src/app/ownItems';
import { PROFILE_CHANGED } from '../../api/src/app/profileCapture';
import { CHOOSE_KIND } from '../../api/src/bot/logItemCard';
import { PROFILE_FIELDS } from '../../api/src/domain/manager/profileFields';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { clientFor, startTestApi, type Client } from '../support/apiHarness';
import {
  actionReply,
  cardElements,
  chatMessage,
  fetchForm as fetchActionForm,
  fieldError,
  freshUser,
  inputValue,
  messageActionInvoke,
  submittedValues,
  teamsUser,
  type ChatMessage,
} from './teamsActivities';
import { postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});


const fetchForm = (user: TeamsUser, message: ChatMessage, options: { localTimezone?: string; conversationId?: string } = {}) => fetchActionForm(api.baseUrl, user, message, options);

async function submit(user: TeamsUser, message: ChatMessage, data: Record<string, unknown>) {
  const response = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/submitAction', user, message, { data }));
  expect(response.status).toBe(200);
  return actionReply(response.body);
}

/** Opens the form on `message` and saves it as filled in, with `changes` applied. */
async function logMessage(user: TeamsUser, message: ChatMessage, changes: Record<string, unknown> = {}) {
  const card = await fetchForm(user, message);
  return submit(user, message, { ...submittedValues(card), ...changes });
}

async function itemsOf(client: Client, plural: 'commitments' | 'wins') {
  const response = await client.request('GET', `/me/${plural}`);
  expect(response.status).toBe(200);
  return response.body.items ?? [];
}

describe('Log in Upward: the form', () => {
  it('prefills a promise I wrote as a commitment with the due date it names', async () => {
    const alice = teamsUser('alice');
    const card = await fetchForm(alice, chatMessage(alice, '<p>I&#39;ll send you the slides by Friday</p>'));
    expect(inputValue(card, 'kind')).toBe('commitment');
    expect(inputValue(card, 'title')).toBe("I'll send you the slides by Friday");
    expect(inputValue(card, 'details')).toBe("I'll send you the slides by Friday");
    // Sent on Wednesday 4 March 2026: "by Friday" is two days later.
    expect(inputValue(card, 'dueDate')).toBe('2026-03-06');
    expect(inputValue(card, 'shared')).toBe('false');
  });

  it.each([
    ['tomorrow', 'Will get it to you tomorrow', '2026-03-05'],
    ['next week', 'I can do the review next week', '2026-03-13'],
    ['by 3 June', 'Budget draft by 3 June', '2026-06-03'],
    ['no date', 'I will look into it', ''],
  ])('reads "%s" relative to when the message was sent', async (_label, text, due) => {
    const alice = freshUser('alice');
    const card = await fetchForm(alice, chatMessage(alice, `<div>${text}</div>`));
    expect(inputValue(card, 'dueDate')).toBe(due);
  });

  it('prefills thanks from someone else as a win, dated the day the message was sent', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const card = await fetchForm(alice, chatMessage(bob, '<p>Great job on the launch yesterday, thank you! 🎉</p>'));
    expect(inputValue(card, 'kind')).toBe('win');
    expect(inputValue(card, 'winDate')).toBe('2026-03-04');
    expect(inputValue(card, 'dueDate')).toBe('');
  });

  it('suggests the person who asked as "to whom" for a request from someone else', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const card = await fetchForm(alice, chatMessage(bob, '<p>Can you send me the numbers by tomorrow?</p>'));
    expect(inputValue(card, 'kind')).toBe('commitment');
    expect(inputValue(card, 'toWhom')).toBe(bob.name);
    expect(inputValue(card, 'dueDate')).toBe('2026-03-05');
  });

  it('suggests my manager as "to whom" for a promise I wrote in our 1:1 chat, and nobody in a larger chat', async () => {
    const alice = freshUser('alice');
    const manager = freshUser('morgan');
    const other = freshUser('sam');
    const oneOnOne = `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
    const group = `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
    await api.services.rosters.install(oneOnOne, alice.tenantId, [alice, manager]);
    await api.services.rosters.install(group, alice.tenantId, [alice, manager, other]);
    const message = chatMessage(alice, '<p>I will send you the deck by Friday</p>');
    expect(inputValue(await fetchForm(alice, message, { conversationId: oneOnOne }), 'toWhom')).toBe(manager.name);
    expect(inputValue(await fetchForm(alice, message, { conversationId: group }), 'toWhom')).toBe('');
    expect(inputValue(await fetchForm(alice, message), 'toWhom')).toBe('');
  });

  it('offers my active goals, and only those, for a win', async () => {
    const alice = freshUser('alice');
    const client = await clientFor(api, alice.name);
    const active = await client.request('POST', '/me/goals', { body: { title: 'Lead a team', horizon: '5y' } });
    await client.request('POST', '/me/goals', { body: { title: 'Old goal', horizon: '1y', status: 'achieved' } });
    const card = await fetchForm(alice, chatMessage(alice, '<p>Shipped the importer</p>'));
    const goalInput = cardElements(card).find((element) => element.id === 'goalId');
    expect(goalInput?.choices?.map((choice) => choice.title)).toEqual(['None', 'Lead a team']);
    expect(goalInput?.choices?.[1]?.value).toBe(active.body.id);
  });

  it('uses the time zone Teams reports for the user', async () => {
    const alice = freshUser('alice');
    // 23:30 UTC on Wednesday is already Thursday in Auckland, so "tomorrow" is Friday there.
    const message = chatMessage(alice, '<p>I will finish it tomorrow</p>', { createdDateTime: '2026-03-04T23:30:00.000Z' });
    expect(inputValue(await fetchForm(alice, message, { localTimezone: 'Pacific/Auckland' }), 'dueDate')).toBe('2026-03-06');
    expect(inputValue(await fetchForm(alice, message, { localTimezone: 'America/New_York' }), 'dueDate')).toBe('2026-03-05');
  });
});

/** `messagePayload.mentions[]` for a person, as Teams sends it with a message action. */
function personMention(id: number, user: TeamsUser, mentionText: string) {
  return {
    id,
    mentionText,
    mentioned: {
      device: null,
      conversation: null,
      user: { userIdentityType: 'aadUser', id: user.objectId, displayName: mentionText },
      application: null,
    },
  };
}

describe('Log in Upward: a promise that opens with an @mention', () => {
  it('makes the person mentioned "to whom" and keeps the title to the promise', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const message = chatMessage(alice, '<at id="0">Bob Manager</at> I\'ll send the revised Q3 deck by Friday', {
      mentions: [personMention(0, bob, 'Bob Manager')],
    });
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'title')).toBe("I'll send the revised Q3 deck by Friday");
    expect(inputValue(card, 'toWhom')).toBe('Bob Manager');
    expect(inputValue(card, 'details')).toBe("Bob Manager I'll send the revised Q3 deck by Friday");
    expect(inputValue(card, 'dueDate')).toBe('2026-03-06');

    const reply = await submit(alice, message, submittedValues(card));
    expect(reply.message).toContain('Logged in Upward');
    const [item] = await itemsOf(await clientFor(api, alice.name), 'commitments');
    expect(item?.title).toBe("I'll send the revised Q3 deck by Friday");
    expect(item?.toWhom).toBe('Bob Manager');
  });

  it('reads a name Teams split into one mention per word as one person', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const message = chatMessage(alice, '<p><at id="0">Bob</at>&nbsp;<at id="1">Manager</at>, I will share the notes tomorrow</p>', {
      mentions: [personMention(0, bob, 'Bob'), personMention(1, bob, 'Manager')],
    });
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'title')).toBe('I will share the notes tomorrow');
    expect(inputValue(card, 'toWhom')).toBe('Bob Manager');
  });

  it('keeps a mention later in the text as the name, and does not take "to whom" from it', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const message = chatMessage(alice, '<p>I will send <at id="0">Bob Manager</at> the deck by Friday</p>', {
      mentions: [personMention(0, bob, 'Bob Manager')],
    });
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'title')).toBe('I will send Bob Manager the deck by Friday');
    expect(inputValue(card, 'toWhom')).toBe('');
  });

  it('keeps a leading mention of a tag, not a person, in the title', async () => {
    const alice = freshUser('alice');
    const tag = { id: 0, mentionText: 'Designers', mentioned: { device: null, conversation: null, user: null, application: null, tag: { id: 'tag-1', displayName: 'Designers' } } };
    const card = await fetchForm(alice, chatMessage(alice, '<p><at id="0">Designers</at> I will send the mock-ups</p>', { mentions: [tag] }));
    expect(inputValue(card, 'title')).toBe('Designers I will send the mock-ups');
    expect(inputValue(card, 'toWhom')).toBe('');
  });

  it('when someone else opens with a mention of me, "to whom" stays the author', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const message = chatMessage(bob, '<p><at id="0">Alice</at> can you send me the numbers by tomorrow?</p>', {
      mentions: [personMention(0, alice, 'Alice')],
    });
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'title')).toBe('can you send me the numbers by tomorrow?');
    expect(inputValue(card, 'toWhom')).toBe(bob.name);
  });
});

describe('Log in Upward: the language Teams reports', () => {
  it.each([
    ['de-DE', 'Ich schicke dir die Folien bis Freitag', '2026-03-06'],
    ['fr-FR', 'Je t&#39;envoie le deck d&#39;ici vendredi', '2026-03-06'],
    ['ja-JP', '金曜日まで資料を送ります', '2026-03-06'],
    ['es-ES', 'Te mando el informe hasta el viernes', '2026-03-06'],
    ['pt-BR', 'Envio o relatório até sexta-feira', '2026-03-06'],
    ['nl-NL', 'Ik stuur het voor vrijdag', '2026-03-06'],
    ['de-DE', 'I will send it by Friday', '2026-03-06'],
  ])('%s: "%s" is due %s', async (locale, text, due) => {
    const alice = freshUser('alice');
    const invoke = { ...messageActionInvoke('composeExtension/fetchTask', alice, chatMessage(alice, `<p>${text}</p>`)), locale };
    const response = await postActivity(api.baseUrl, invoke);
    expect(response.status).toBe(200);
    expect(inputValue(actionReply(response.body).card, 'dueDate')).toBe(due);
  });
});

describe('Log in Upward: saving', () => {
  it('stores the commitment with its source message; it is mine alone', async () => {
    const alice = teamsUser('alice');
    const message = chatMessage(alice, '<p>I&#39;ll send you the slides by Friday</p>');
    const reply = await logMessage(alice, message, { toWhom: 'Morgan' });
    expect(reply.message).toContain('Logged in Upward as a commitment to Morgan');
    expect(reply.message).toContain('due Friday 6 March 2026');

    const aliceClient = await clientFor(api, 'alice');
    const mine = (await itemsOf(aliceClient, 'commitments')).filter((item) => (item.source as { messageId: string }).messageId === message.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      title: "I'll send you the slides by Friday",
      details: "I'll send you the slides by Friday",
      dueDate: '2026-03-06',
      toWhom: 'Morgan',
      status: 'open',
      sharedInOneOnOne: false,
      source: {
        messageId: message.id,
        authorName: 'alice',
        sentAt: '2026-03-04T09:00:00.000Z',
        text: "I'll send you the slides by Friday",
      },
    });
    expect((mine[0]?.source as { linkToMessage: string }).linkToMessage).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/message\//);

    const bobClient = await clientFor(api, 'bob');
    const bobs = await itemsOf(bobClient, 'commitments');
    expect(bobs.filter((item) => (item.source as { messageId?: string } | undefined)?.messageId === message.id)).toEqual([]);
  });

  it('stores a win with the goal it advances, the link as evidence, shared in my 1:1', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const client = await clientFor(api, alice.name);
    const goal = await client.request('POST', '/me/goals', { body: { title: 'Lead a team', horizon: '5y' } });
    const message = chatMessage(bob, '<p>Thanks for running the incident review, really well done</p>');
    const reply = await logMessage(alice, message, { impact: 'Cut time to recover', goalId: goal.body.id, shared: 'true' });
    expect(reply.message).toContain('Logged in Upward as a win');

    const wins = await itemsOf(client, 'wins');
    expect(wins).toHaveLength(1);
    expect(wins[0]).toMatchObject({
      title: 'Thanks for running the incident review, really well done',
      impact: 'Cut time to recover',
      date: '2026-03-04',
      goalId: goal.body.id,
      sharedInOneOnOne: true,
      source: { messageId: message.id, authorName: bob.name },
    });
    expect(wins[0]?.evidenceUrl).toBe((wins[0]?.source as { linkToMessage: string }).linkToMessage);
  });

  it('the kind the user picks wins over the guess', async () => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, '<p>Shipped the importer</p>');
    await logMessage(alice, message, { kind: 'commitment' });
    const client = await clientFor(api, alice.name);
    expect(await itemsOf(client, 'commitments')).toHaveLength(1);
    expect(await itemsOf(client, 'wins')).toHaveLength(0);
  });

  it('a retried submission, even two at once, makes one item', async () => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, '<p>I will draft the proposal by Friday</p>');
    const card = await fetchForm(alice, message);
    const invoke = messageActionInvoke('composeExtension/submitAction', alice, message, { data: submittedValues(card) });
    const [first, second] = await Promise.all([postActivity(api.baseUrl, invoke), postActivity(api.baseUrl, invoke)]);
    const third = await postActivity(api.baseUrl, invoke);
    for (const response of [first, second, third]) {
      expect(response.status).toBe(200);
      expect(actionReply(response.body).message).toContain('Logged in Upward');
    }
    const client = await clientFor(api, alice.name);
    expect(await itemsOf(client, 'commitments')).toHaveLength(1);
  });

  describe('the dedupe window', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    // The API runs in this process, so moving the clock moves the server's clock.
    const at = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

    it('a repeat within 2 minutes returns the first item, even across a 10-minute slot boundary', async () => {
      const alice = freshUser('alice');
      const message = chatMessage(alice, '<p>I will send the agenda</p>');
      const card = await fetchForm(alice, message);
      at('2026-11-20T10:09:30Z');
      await submit(alice, message, submittedValues(card));
      at('2026-11-20T10:11:00Z');
      await submit(alice, message, submittedValues(card));
      const client = await clientFor(api, alice.name);
      expect(await itemsOf(client, 'commitments')).toHaveLength(1);
    });

    it('a repeat in a later slot, more than 2 minutes after, is a new item', async () => {
      const alice = freshUser('alice');
      const message = chatMessage(alice, '<p>I will send the agenda</p>');
      const card = await fetchForm(alice, message);
      at('2026-11-20T10:05:00Z');
      await submit(alice, message, submittedValues(card));
      at('2026-11-20T10:12:30Z');
      await submit(alice, message, submittedValues(card));
      const client = await clientFor(api, alice.name);
      expect(await itemsOf(client, 'commitments')).toHaveLength(2);
    });
  });

  it('logging the same message as the other kind makes a second item', async () => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, '<p>Closed the Contoso deal</p>');
    await logMessage(alice, message, { kind: 'win' });
    await logMessage(alice, message, { kind: 'commitment' });
    const client = await clientFor(api, alice.name);
    expect(await itemsOf(client, 'wins')).toHaveLength(1);
    expect(await itemsOf(client, 'commitments')).toHaveLength(1);
  });

  it('after the item was deleted, logging the message again makes a new one', async () => {
    const alice = freshUser('alice');
    const client = await clientFor(api, alice.name);
    const message = chatMessage(alice, '<p>I will book the offsite venue</p>');
    await logMessage(alice, message);
    const [item] = await itemsOf(client, 'commitments');
    await client.request('DELETE', `/me/commitments/${String(item?.id)}`, { headers: { 'If-Match': String(item?.etag) } });
    const again = await logMessage(alice, message);
    expect(again.message).toContain('Logged in Upward');
    expect(await itemsOf(client, 'commitments')).toHaveLength(1);
  });
});

describe('Log in Upward: invalid input', () => {
  it.each([
    ['an empty title', { title: '   ' }, 'title', 'Required.'],
    ['a date that does not exist', { dueDate: '2026-02-30' }, 'dueDate', 'Use a date like 2026-03-31.'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title', 'At most 200 characters.'],
    ['a 5,000-character paste into Details', { details: 'y'.repeat(5000) }, 'details', 'At most 4000 characters.'],
    ['no kind', { kind: '' }, 'kind', CHOOSE_KIND],
    ['a win without a date', { kind: 'win', winDate: '' }, 'winDate', 'Use a date like 2026-03-31.'],
    ['a goal that is not mine', { kind: 'win', goalId: '01J00000000000000000000000' }, 'goalId', NO_SUCH_GOAL],
  ])('%s: the form comes back with the error next to the field, nothing is stored', async (_label, changes, field, error) => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, '<p>I will send the report</p>');
    const reply = await logMessage(alice, message, changes);
    expect(reply.message).toBeUndefined();
    expect(fieldError(reply.card, field)).toBe(error);
    // What the user typed is still there to fix.
    for (const [key, value] of Object.entries(changes)) {
      if (key !== 'kind') expect(inputValue(reply.card, key)).toBe(value);
    }
    const client = await clientFor(api, alice.name);
    expect(await itemsOf(client, 'commitments')).toEqual([]);
    expect(await itemsOf(client, 'wins')).toEqual([]);
  });

  it('a command the app does not have gets a message, not a form', async () => {
    const alice = freshUser('alice');
    const response = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/fetchTask', alice, chatMessage(alice, 'hi'), { commandId: 'other' }));
    expect(actionReply(response.body).message).toBe('Upward does not know this command.');
  });
});

describe('Log in Upward: what Teams messages look like', () => {
  const long = `<p>${'Quarterly planning notes and follow ups. '.repeat(750)}</p>`;
  it.each([
    {
      label: 'a mention inside the text',
      html: '<div><div>I&#39;ll review the PR <at id="0">Morgan Lee</at> opened, tomorrow</div></div>',
      title: "I'll review the PR Morgan Lee opened, tomorrow",
    },
    {
      label: 'nested divs on several lines',
      html: '<div><div><div>Action items</div><div><div>1. Update the roadmap</div></div></div></div>',
      title: 'Action items',
      details: 'Action items\n1. Update the roadmap',
    },
    {
      label: 'emoji, as text and as Teams emoji elements',
      html: '<p>Launched 🚀 <emoji id="1f389_partypopper" alt="🎉" title="Party popper"></emoji></p>',
      title: 'Launched 🚀 🎉',
    },
    {
      label: 'a code block, whitespace kept',
      html: '<p>Run this:</p><codeblock class="Bash"><code>npm  run build\n  --prod</code></codeblock>',
      title: 'Run this:',
      details: 'Run this:\nnpm  run build\n  --prod',
    },
    {
      label: 'a script tag',
      html: '<p>Hello team</p><script>alert("pwned")</script><style>p{color:red}</style>',
      title: 'Hello team',
      details: 'Hello team',
    },
  ])('$label', async ({ html, title, details }) => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, html);
    const reply = await logMessage(alice, message, { kind: 'commitment' });
    expect(reply.message).toContain('Logged in Upward');
    const [item] = await itemsOf(await clientFor(api, alice.name), 'commitments');
    expect(item?.title).toBe(title);
    if (details !== undefined) expect(item?.details).toBe(details);
    expect(JSON.stringify(item)).not.toMatch(/<|alert|color:red/);
  });

  it('30 KB of text: a short title, the details cut to fit, the source text kept', async () => {
    const alice = freshUser('alice');
    expect(long.length).toBeGreaterThan(30_000);
    const message = chatMessage(alice, long);
    const reply = await logMessage(alice, message, { kind: 'commitment' });
    expect(reply.message).toContain('Logged in Upward');
    const [item] = await itemsOf(await clientFor(api, alice.name), 'commitments');
    expect(String(item?.title).length).toBeLessThanOrEqual(120);
    expect(String(item?.title)).toMatch(/^Quarterly planning notes.*…$/);
    expect(String(item?.details).length).toBeLessThanOrEqual(4000);
    const sourceText = String((item?.source as { text: string }).text);
    expect(sourceText.length).toBeGreaterThan(4000);
    expect(sourceText.startsWith('Quarterly planning notes and follow ups. Quarterly')).toBe(true);
  });

  it('a 5,000-character message: the form says Details was shortened and shows each limit; no input cuts a paste', async () => {
    const alice = freshUser('alice');
    const text = 'I will write up the migration plan. '.repeat(139).trim();
    expect(text.length).toBeGreaterThan(5000);
    const card = await fetchForm(alice, chatMessage(alice, `<p>${text}</p>`));
    const note = (id: string) => cardElements(card).find((element) => element.id === `${id}Note`)?.text;
    expect(String(inputValue(card, 'details')).length).toBeLessThanOrEqual(4000);
    expect(note('details')).toBe(`Up to 4,000 characters. Shortened to fit: the message has ${text.length.toLocaleString('en-US')}.`);
    expect(note('title')).toBe('Up to 200 characters.');
    expect(note('toWhom')).toBe('Up to 200 characters.');
    expect(note('impact')).toBe('Up to 4,000 characters.');
    // Teams and the Adaptive Cards renderers turn maxLength into a field that drops the rest of a paste silently.
    expect(cardElements(card).filter((element) => 'maxLength' in element)).toEqual([]);
    // A message that fits says nothing of shortening.
    const short = await fetchForm(alice, chatMessage(alice, '<p>I will send the report</p>'));
    expect(cardElements(short).find((element) => element.id === 'detailsNote')?.text).toBe('Up to 4,000 characters.');
  });

  it('text cut to fit never splits an emoji', async () => {
    const alice = freshUser('alice');
    // 👍🏽 is four UTF-16 code units; 1,200 of them overflow the 4,000-character details.
    const message = chatMessage(alice, `<p>${'👍🏽'.repeat(1200)}</p>`);
    await logMessage(alice, message, { kind: 'commitment' });
    const [item] = await itemsOf(await clientFor(api, alice.name), 'commitments');
    const details = String(item?.details);
    expect(details.endsWith('…')).toBe(true);
    expect(details.slice(0, -1)).toBe('👍🏽'.repeat((details.length - 1) / 4));
    expect(String(item?.title).slice(0, -1)).toMatch(/^(👍🏽)+$/u);
  });

  it('an empty body with one attachment still gets a title', async () => {
    const alice = freshUser('alice');
    const message = chatMessage(alice, '', {
      attachments: [{ id: '1', contentType: 'reference', contentUrl: 'https://contoso.sharepoint.com/Q3%20plan.pptx', name: 'Q3 plan.pptx' }],
    });
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'title')).toBe('Shared file: Q3 plan.pptx');
    const reply = await submit(alice, message, { ...submittedValues(card), kind: 'win' });
    expect(reply.message).toContain('Logged in Upward as a win');
    const [item] = await itemsOf(await clientFor(api, alice.name), 'wins');
    expect(item?.title).toBe('Shared file: Q3 plan.pptx');
  });
});

describe('Log in Upward: an insight about my manager', () => {
  async function managerView(client: Client) {
    const response = await client.request('GET', '/me/manager');
    expect(response.status).toBe(200);
    return response.body as { profiles: Record<string, unknown>[]; insights: Record<string, unknown>[] };
  }

  async function startProfile(client: Client, name: string): Promise<{ id: string; etag: string }> {
    const response = await client.request('POST', '/me/managers', { body: { name } });
    expect(response.status).toBe(201);
    return { id: String(response.body.id), etag: String(response.body.etag) };
  }

  /** A two-person chat with Upward in it: the other person is the likely manager. */
  async function oneOnOneChat(employee: TeamsUser, manager: TeamsUser): Promise<string> {
    const chatId = `19:${randomUUID().replaceAll('-', '')}@thread.v2`;
    await api.services.rosters.install(chatId, employee.tenantId, [employee, manager]);
    return chatId;
  }

  it('the form offers the insight kind and a "How they work" field, guessed and prefilled from the message', async () => {
    const alice = freshUser('alice');
    const morgan = freshUser('morgan');
    const message = chatMessage(morgan, '<p>I prefer email for anything with numbers</p>');
    const card = await fetchForm(alice, message, { conversationId: await oneOnOneChat(alice, morgan) });
    const kind = cardElements(card).find((element) => element.id === 'kind');
    expect(kind?.choices?.map((choice) => choice.value)).toEqual(['commitment', 'win', 'insight', 'feedback']);
    expect(inputValue(card, 'kind')).toBe('insight');
    const field = cardElements(card).find((element) => element.id === 'field');
    expect(field?.choices?.map((choice) => choice.title)).toEqual(PROFILE_FIELDS.map((profileField) => profileField.label));
    expect(inputValue(card, 'field')).toBe('channel');
    expect(inputValue(card, 'insightText')).toBe('I prefer email for anything with numbers');
    // No profile yet: the form asks whose it starts, suggesting the other person of my 1:1.
    expect(inputValue(card, 'managerName')).toBe(morgan.name);
  });

  it('with a profile, the form names my manager and asks no name', async () => {
    const alice = freshUser('alice');
    await startProfile(await clientFor(api, alice.name), 'Morgan');
    const card = await fetchForm(alice, chatMessage(alice, '<p>She wants a written note every Friday</p>'));
    expect(cardElements(card).map((element) => element.text)).toContain('If it is about how Morgan works');
    expect(inputValue(card, 'field')).toBe('cadence');
    expect(cardElements(card).some((element) => element.id === 'managerName')).toBe(false);
  });

  it('saves it in the right field, from a message, linked back to it; private to me and not posted to the chat', async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const morgan = freshUser('morgan');
    const client = await clientFor(api, alice.name);
    const profile = await startProfile(client, 'Morgan');
    const message = chatMessage(morgan, '<p>Secret-7f3: give me feedback in private, never in the team channel</p>');
    const card = await fetchForm(alice, message);
    expect(inputValue(card, 'field')).toBe('feedback');

    const response = await postActivity(api.baseUrl, messageActionInvoke('composeExtension/submitAction', alice, message, { data: { ...submittedValues(card), kind: 'insight' } }));
    expect(response.status).toBe(200);
    // Only a message in the dialog: no card for the compose box, nothing sent into the conversation.
    expect(response.body).toEqual({
      task: { type: 'message', value: "Saved to how Morgan works: How they give and like to receive feedback. Only you can see it, in Upward's My manager." },
    });

    const view = await managerView(client);
    expect(view.insights).toHaveLength(1);
    expect(view.insights[0]).toMatchObject({
      profileId: profile.id,
      field: 'feedback',
      text: 'Secret-7f3: give me feedback in private, never in the team channel',
      origin: 'message',
      notedOn: '2026-03-04',
      source: { messageId: message.id, authorName: morgan.name, sentAt: '2026-03-04T09:00:00.000Z' },
    });
    const link = (view.insights[0]?.source as { linkToMessage: string }).linkToMessage;
    expect(link.startsWith('https://teams.microsoft.com/l/message/')).toBe(true);
    expect(link).toContain(`/${message.id}?`);
    expect(await itemsOf(client, 'commitments')).toEqual([]);
    expect(await itemsOf(client, 'wins')).toEqual([]);

    const bobs = await managerView(await clientFor(api, bob.name));
    expect(JSON.stringify(bobs)).not.toContain('Secret-7f3');
  });

  it('with no profile yet, starts one named as I say and saves into it', async () => {
    const alice = freshUser('alice');
    const client = await clientFor(api, alice.name);
    const reply = await logMessage(alice, chatMessage(alice, '<p>Numbers first, then the story</p>'), { kind: 'insight', managerName: 'Dana Kim' });
    expect(reply.message).toBe("Saved to how Dana Kim works: Numbers or story first. Only you can see it, in Upward's My manager.");
    const view = await managerView(client);
    expect(view.profiles.map((profile) => profile.name)).toEqual(['Dana Kim']);
    expect(view.insights).toMatchObject([{ profileId: view.profiles[0]?.id, field: 'order', origin: 'message' }]);
  });

  it('a retried submission, even two at once, saves one insight', async () => {
    const alice = freshUser('alice');
    const client = await clientFor(api, alice.name);
    await startProfile(client, 'Morgan');
    const message = chatMessage(alice, '<p>Morgan prefers a call for bad news</p>');
    const card = await fetchForm(alice, message);
    const invoke = messageActionInvoke('composeExtension/submitAction', alice, message, { data: { ...submittedValues(card), kind: 'insight' } });
    const replies = await Promise.all([postActivity(api.baseUrl, invoke), postActivity(api.baseUrl, invoke)]);
    replies.push(await postActivity(api.baseUrl, invoke));
    for (const response of replies) expect(actionReply(response.body).message).toContain('Saved to how Morgan works: Preferred channel for updates.');
    expect((await managerView(client)).insights).toHaveLength(1);
  });

  it.each([
    ['a field that does not exist', { field: 'salary' }, 'field', 'Pick one of the “How they work” fields.'],
    ['an empty text', { insightText: '   ' }, 'insightText', 'Required.'],
    ['a text over 4,000 characters', { insightText: 'z'.repeat(4001) }, 'insightText', 'At most 4000 characters.'],
    ['no name for the profile it would start', { managerName: ' ' }, 'managerName', 'Required.'],
    ['a profile that is not mine', { profileId: '01JD0000000000000000000000' }, 'form', PROFILE_CHANGED],
  ])('%s: the form comes back with the error, nothing is written', async (_label, changes, field, error) => {
    const alice = freshUser('alice');
    const reply = await logMessage(alice, chatMessage(alice, '<p>She reads email before 9</p>'), { kind: 'insight', ...changes });
    expect(reply.message).toBeUndefined();
    expect(fieldError(reply.card, field)).toBe(error);
    expect(inputValue(reply.card, 'kind')).toBe('insight');
    const view = await managerView(await clientFor(api, alice.name));
    expect(view).toMatchObject({ profiles: [], insights: [] });
  });

  it("another user's profile, sent in a tampered submission: refused, nothing written to either", async () => {
    const alice = freshUser('alice');
    const bob = freshUser('bob');
    const bobClient = await clientFor(api, bob.name);
    const bobs = await startProfile(bobClient, 'Sam');
    const reply = await logMessage(alice, chatMessage(alice, '<p>Prefers chat</p>'), { kind: 'insight', profileId: bobs.id, managerName: 'Morgan' });
    expect(fieldError(reply.card, 'form')).toBe(PROFILE_CHANGED);
    expect(await managerView(await clientFor(api, alice.name))).toMatchObject({ profiles: [], insights: [] });
    expect((await managerView(bobClient)).insights).toEqual([]);
  });

  it('a profile removed after the form opened: the form says so, nothing is written; saving again goes to the current one', async () => {
    const alice = freshUser('alice');
    const client = await clientFor(api, alice.name);
    const first = await startProfile(client, 'Morgan');
    const message = chatMessage(alice, '<p>Hates surprises in the staff meeting</p>');
    const card = await fetchForm(alice, message);
    expect((await client.request('DELETE', `/me/managers/${first.id}`, { headers: { 'If-Match': first.etag } })).status).toBe(204);
    const second = await startProfile(client, 'Riley');

    const refused = await submit(alice, message, { ...submittedValues(card), kind: 'insight' });
    expect(fieldError(refused.card, 'form')).toBe(PROFILE_CHANGED);
    expect((await managerView(client)).insights).toEqual([]);

    const again = await submit(alice, message, submittedValues(refused.card));
    expect(again.message).toBe("Saved to how Riley works: Things that annoy them. Only you can see it, in Upward's My manager.");
    expect((await managerView(client)).insights).toMatchObject([{ profileId: second.id, field: 'annoyances' }]);
  });
});
