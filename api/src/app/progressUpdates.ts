import { utcDateOf } from '../domain/calendarDates';
import { commitmentSchema } from '../domain/commitments';
import { feedbackSchema } from '../domain/feedback';
import { goalSchema } from '../domain/goals';
import { decisionText, type HeadsUpData } from '../domain/headsUps/headsUp';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { insightSchema, managerSchema } from '../domain/manager/managerProfile';
import { draftUpdate, type DraftHeadsUp, type UpdateStyle } from '../domain/progressUpdate/draftUpdate';
import { updateSchema, type SendUpdateInput, type Update, type UpdateDraft, type UpdatesView } from '../domain/progressUpdate/progressUpdates';
import { updateCard } from '../domain/progressUpdate/updateCard';
import { updateConsistency } from '../domain/progressUpdate/updateCadence';
import { updatePreferences } from '../domain/progressUpdate/updatePreferences';
import { winSchema } from '../domain/wins';
import type { StoredRecord } from '../store/errors';
import type { OpenChat } from './chatAccess';
import { useCase } from './errors';
import { postCard, SINGLE_TRY } from './proactive';
import { toItem } from './personalItems';
import type { Services } from './services';
import { teamsAppIdOf } from './teamsAppId';

/** Every kind an update is written from, in one partition query; the profile is read only for the manager's format and cadence. */
const DRAFT_KINDS = [KIND.goal, KIND.win, KIND.commitment, KIND.feedback, KIND.update, KIND.manager, KIND.insight];

const newestFirst = (a: Update, b: Update) => b.sentOn.localeCompare(a.sentOn) || b.createdAt.localeCompare(a.createdAt);

async function readOwn(services: Services, caller: Caller) {
  const kinds = await services.personal.listKinds(personalPartition(caller), DRAFT_KINDS);
  const all = <T>(kind: string, schema: Parameters<typeof toItem<T>>[0]) => (kinds.get(kind) ?? []).map((record) => toItem(schema, record));
  return {
    goals: all(KIND.goal, goalSchema),
    wins: all(KIND.win, winSchema),
    commitments: all(KIND.commitment, commitmentSchema),
    feedback: all(KIND.feedback, feedbackSchema),
    updates: all(KIND.update, updateSchema).sort(newestFirst),
    preferences: updatePreferences(all(KIND.manager, managerSchema), all(KIND.insight, insightSchema)),
  };
}

/** The heads-ups of the chat the update goes to, with their decisions in words. */
async function chatHeadsUps(services: Services, chat: OpenChat): Promise<DraftHeadsUp[]> {
  const rows = (await services.shared.listKinds(chat.partition, [KIND.headsUp])).get(KIND.headsUp) ?? [];
  return rows.map((record: StoredRecord) => {
    const data = record.data as HeadsUpData;
    return { id: record.id, risk: data.risk, decision: data.decision === null ? null : { text: decisionText(data), on: data.decision.at.slice(0, 10) } };
  });
}

/** Which draft: the caller's date, a style other than the profile's, and the 1:1 chat it will go to. */
export interface DraftRequest {
  readonly today: string;
  readonly style: Partial<UpdateStyle>;
  readonly chat: OpenChat | undefined;
}

/**
 * The draft of my next update, from what changed since the last one I sent, in my manager's
 * format. Only my own partition is read, and the chat's heads-ups when it goes to a 1:1.
 */
export const draftProgressUpdate = useCase(async (services: Services, caller: Caller, request: DraftRequest): Promise<UpdateDraft> => {
  const [own, headsUps] = await Promise.all([readOwn(services, caller), request.chat === undefined ? [] : chatHeadsUps(services, request.chat)]);
  const style = { ...own.preferences.style, ...request.style };
  const since = own.updates[0]?.sentOn;
  const lines = draftUpdate({ today: request.today, since, commitments: own.commitments, wins: own.wins, goals: own.goals, feedback: own.feedback, headsUps }, style);
  const managerName = own.preferences.managerName;
  return {
    since: since ?? null,
    today: request.today,
    style,
    styleFromProfile: own.preferences.styleFromProfile,
    managerName,
    title: managerName === null ? 'My update' : `My update for ${managerName}`,
    lines,
  };
});

/** The updates I sent, newest first, and how consistent I have been against my manager's cadence. */
export const loadUpdates = useCase(async (services: Services, caller: Caller, today: string): Promise<UpdatesView> => {
  const own = await readOwn(services, caller);
  const rhythm = own.preferences.rhythm;
  if (rhythm === null) return { managerName: own.preferences.managerName, updates: own.updates, cadence: null };
  const consistency = updateConsistency(rhythm, own.updates.map((update) => update.sentOn), today);
  return {
    managerName: own.preferences.managerName,
    updates: own.updates,
    cadence: { cadence: rhythm.cadence, weekday: rhythm.weekday, ...consistency, periods: [...consistency.periods] },
  };
});

/**
 * Keeps the update I send, once however often the request is retried, then has the bot post
 * it in the 1:1 chat when it goes there. The update is kept even when no card could be
 * posted (`posted` says so); a retry after that does not post a second card.
 */
export const sendProgressUpdate = useCase(
  async (services: Services, caller: Caller, input: SendUpdateInput, chat: OpenChat | undefined, idempotencyKey: string | undefined): Promise<Update> => {
    const sentOn = input.today ?? utcDateOf();
    const partition = personalPartition(caller);
    const data = { to: input.to, title: input.title, style: input.style, lines: input.lines, sentOn, posted: false };
    const { record, created } = await services.personal.createOnce(partition, KIND.update, data, idempotencyKey);
    if (!created || chat === undefined) return toItem(updateSchema, record);
    const card = updateCard({ from: caller.name, title: input.title, lines: input.lines, appId: teamsAppIdOf(services), chatId: chat.chatId });
    try {
      const outcome = await postCard(services, { scope: 'chat', chatId: chat.chatId }, card, SINGLE_TRY);
      if (outcome.kind !== 'posted') return toItem(updateSchema, record);
      return toItem(updateSchema, await services.personal.update(partition, KIND.update, record.id, { ...data, posted: true }, record.etag, record.createdAt));
    } catch (error) {
      // A connector that stays down must not lose the update: it is kept, marked not posted.
      services.log.error('Posting the progress update card failed', error);
      return toItem(updateSchema, record);
    }
  },
);
