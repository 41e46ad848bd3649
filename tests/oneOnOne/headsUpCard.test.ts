import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND } from '../../api/src/domain/kinds';
import type { LocalApi } from '../../api/src/hosts/local/stack';
import { chatPartition } from '../../api/src/store/rosterStore';
import { startTestApi } from '../support/apiHarness';
import { sampleHeadsUp } from '../support/headsUps';
import { rowsInChat } from './chatFixture';
import { addBot, headsUpChat, postsNaming, type HeadsUpChat, type Member } from './headsUpChat';

// Posting a heads-up's card later: raised while the bot could not post, posted once it can.

let api: LocalApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

let counter = 0;

/** Raises a heads-up with a risk of its own (so its cards can be told apart) and returns it. */
async function raise(chat: HeadsUpChat): Promise<Record<string, unknown>> {
  counter += 1;
  const response = await chat.employee.client.request('POST', `${chat.base}/heads-ups`, { body: { ...sampleHeadsUp(), risk: `Card later ${counter}: the vendor may slip` } });
  expect(response.status).toBe(201);
  return response.body;
}

const postCard = (chat: HeadsUpChat, as: Member, id: unknown) => as.client.request('POST', `${chat.base}/heads-ups/${String(id)}/card`);

/** The heads-up as the space lists it. */
async function listed(chat: HeadsUpChat, id: unknown): Promise<Record<string, unknown> | undefined> {
  const space = await chat.employee.client.request('GET', `${chat.base}/space`);
  return (space.body.headsUps as Record<string, unknown>[]).find((item) => item.id === id);
}

describe('posting the card of a heads-up raised while the bot was not in the chat', () => {
  it('says cardPosted: false and posts nothing; posting answers 409 bot_not_in_chat and changes nothing; once the bot is added it posts one card', async () => {
    const chat = await headsUpChat(api, { bot: false });
    const raised = await raise(chat);
    const risk = String(raised.risk);
    expect(raised.cardPosted).toBe(false);
    expect(postsNaming(api, chat, risk)).toHaveLength(0);

    const rows = await rowsInChat(chat.chat.id);
    const early = await postCard(chat, chat.employee, raised.id);
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toContain('application/problem+json');
    expect(early.body).toMatchObject({ code: 'bot_not_in_chat', title: 'Add Upward to this chat, then post again.' });
    expect(await rowsInChat(chat.chat.id)).toEqual(rows);
    expect(postsNaming(api, chat, risk)).toHaveLength(0);

    await addBot(api, chat);
    const posted = await postCard(chat, chat.employee, raised.id);
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ id: raised.id, cardPosted: true, decision: null });
    expect(posted.headers.get('etag')).toBe(posted.body.etag);
    const cards = postsNaming(api, chat, risk);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0]?.activity)).toContain('"verb":"headsUp.decide"');
    expect(await listed(chat, raised.id)).toMatchObject({ cardPosted: true, etag: posted.body.etag });

    const again = await postCard(chat, chat.employee, raised.id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ cardPosted: true, etag: posted.body.etag });
    expect(postsNaming(api, chat, risk)).toHaveLength(1);
  });

  it('concurrent posts put one card in the chat', async () => {
    const chat = await headsUpChat(api, { bot: false });
    const raised = await raise(chat);
    await addBot(api, chat);
    const answers = await Promise.all([0, 1, 2, 3].map(() => postCard(chat, chat.employee, raised.id)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(200);
    for (const answer of answers) {
      if (answer.status === 200) expect(answer.body.cardPosted).toBe(true);
      else expect(answer.body.code).toBe('card_being_posted');
    }
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(1);
    expect(await listed(chat, raised.id)).toMatchObject({ cardPosted: true });
    expect((await postCard(chat, chat.employee, raised.id)).status).toBe(200);
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(1);
  });

  it('a claim left by a request that died holds off other posts for a minute, then the next one posts the card', async () => {
    const chat = await headsUpChat(api, { bot: false });
    const raised = await raise(chat);
    await addBot(api, chat);
    // The claim a request writes before posting, as it stays when that request dies before it can post or let go.
    const claimSince = async (msAgo: number) => {
      const partition = chatPartition(chat.chat.id);
      const stored = await api.services.shared.get(partition, KIND.headsUp, String(raised.id));
      await api.services.shared.update(partition, KIND.headsUp, stored.id, { ...stored.data, cardClaim: { token: 'died', at: new Date(Date.now() - msAgo).toISOString() } }, stored.etag, stored.createdAt);
    };

    await claimSince(5_000);
    const held = await postCard(chat, chat.employee, raised.id);
    expect(held.status).toBe(409);
    expect(held.body).toMatchObject({ code: 'card_being_posted' });
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(0);

    await claimSince(61_000);
    const posted = await postCard(chat, chat.employee, raised.id);
    expect(posted.status).toBe(200);
    expect(posted.body.cardPosted).toBe(true);
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(1);
  });

  it('the manager and a non-member are refused and nothing is posted; an unknown or impossible id is 404, a malformed chat id 400', async () => {
    const chat = await headsUpChat(api, { bot: false });
    const raised = await raise(chat);
    await addBot(api, chat);
    const rows = await rowsInChat(chat.chat.id);
    const manager = await postCard(chat, chat.manager, raised.id);
    expect(manager.status).toBe(403);
    const outsider = await postCard(chat, chat.outsider, raised.id);
    expect(outsider.status).toBe(403);
    expect(JSON.stringify(outsider.body)).not.toContain(String(raised.risk));
    expect(await rowsInChat(chat.chat.id)).toEqual(rows);
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(0);

    expect((await postCard(chat, chat.employee, '01JZZZZZZZZZZZZZZZZZZZZZZZ')).status).toBe(404);
    // Like every item route, an id that cannot exist is answered as missing.
    expect((await postCard(chat, chat.employee, 'not-an-id')).status).toBe(404);
    const badChat = await chat.employee.client.request('POST', `/chats/${encodeURIComponent('no chat')}/heads-ups/${String(raised.id)}/card`);
    expect(badChat.status).toBe(400);
    expect(await rowsInChat(chat.chat.id)).toEqual(rows);
  });

  it('a heads-up decided in the tab meanwhile gets the decided card, without buttons', async () => {
    const chat = await headsUpChat(api, { bot: false });
    const raised = await raise(chat);
    const decided = await chat.manager.client.request('POST', `${chat.base}/heads-ups/${String(raised.id)}/decision`, { body: { choice: 'talk' } });
    expect(decided.status).toBe(200);
    await addBot(api, chat);
    const posted = await postCard(chat, chat.employee, raised.id);
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ cardPosted: true, decision: { choice: 'talk' } });
    const [card] = postsNaming(api, chat, String(raised.risk));
    expect(JSON.stringify(card?.activity)).toContain(`Decided: Talk it through, by ${chat.manager.name}`);
    expect(JSON.stringify(card?.activity)).not.toContain('"verb":"headsUp.decide"');
  });
});

describe('posting the card of a heads-up raised while Teams refused', () => {
  it('answers 503 with Retry-After while Teams still refuses, leaves it without a card, and posts one card once Teams takes it', async () => {
    const chat = await headsUpChat(api);
    api.connector.failNext(502, 40);
    const raised = await raise(chat);
    expect(raised.cardPosted).toBe(false);
    const refused = await postCard(chat, chat.employee, raised.id);
    api.connector.clearFailures();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body).toMatchObject({ code: 'teams_unavailable', title: 'Teams did not take the card. Try again in a moment.' });
    expect(await listed(chat, raised.id)).toMatchObject({ cardPosted: false, decision: null });
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(0);

    // The failed request let go of its claim: the next one posts at once.
    const posted = await postCard(chat, chat.employee, raised.id);
    expect(posted.status).toBe(200);
    expect(posted.body.cardPosted).toBe(true);
    expect(postsNaming(api, chat, String(raised.risk))).toHaveLength(1);
  }, 40_000);
});
