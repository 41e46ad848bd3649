import { describe, expect, it } from 'vitest';
import { oneOnOneTomorrowCard, updateDueCard, weeklyWinsCard } from './recurringCards';

const appId = '00000000-0000-4000-8000-00000000a990';
const contextOf = (url: string) => JSON.parse(decodeURIComponent(url.split('?context=')[1] ?? '')) as Record<string, unknown>;

describe('recurring nudge cards', () => {
  it('"1:1 tomorrow" lists the agenda, open heads-ups and what was agreed, with a text box, Add talking point and a link to the 1:1 tab', () => {
    const card = oneOnOneTomorrowCard({ chatId: '19:a@thread.v2', meetingDate: '2026-12-09', meetingTime: '10:00', withName: 'Morgan', agenda: ['Budget'], headsUps: ['Vendor late (decide by 2026-12-10)'], agreed: [], appId });
    const text = JSON.stringify(card);
    expect(text).toContain('Your 1:1 with Morgan is tomorrow at 10:00');
    expect(text).toContain('- Budget');
    expect(text).toContain('Vendor late');
    expect(text).toContain('Nothing recorded from last time.');
    const actions = card.actions as { type: string; verb?: string; data?: unknown; url?: string }[];
    expect(actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'oneOnOne.addTalkingPoint', data: { chatId: '19:a@thread.v2', meetingDate: '2026-12-09' } });
    expect(contextOf(actions[1]?.url ?? '')).toMatchObject({ chatId: '19:a@thread.v2' });
    expect(text).toContain('"Input.Text"');
  });

  it('"update due" names the weekday and the manager, and "Draft it" opens the updates page', () => {
    const card = updateDueCard({ managerName: 'Morgan', due: '2026-12-11', appId });
    expect(JSON.stringify(card)).toContain('Your Friday update to Morgan');
    const [draft] = card.actions as { title: string; url: string }[];
    expect(draft?.title).toBe('Draft it');
    expect(draft?.url).toContain(`/l/entity/${appId}/home?context=`);
    expect(contextOf(draft?.url ?? '')).toEqual({ subEntityId: 'updates' });
  });

  it('"log your wins" counts the week\'s wins and opens the wins', () => {
    expect(JSON.stringify(weeklyWinsCard({ winsThisWeek: 2, appId }))).toContain('2 wins logged this week.');
    const card = weeklyWinsCard({ winsThisWeek: 0, appId });
    expect(JSON.stringify(card)).toContain('No wins logged this week yet.');
    expect(contextOf((card.actions as { url: string }[])[0]?.url ?? '')).toEqual({ subEntityId: 'personal' });
  });
});
