import { createHash } from 'node:crypto';
import { addDays } from '../domain/calendarDates';
import { dateIn } from '../domain/cadence';
import type { HeadsUpData } from '../domain/headsUps/headsUp';
import { personalPartition, type Caller } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { insightSchema, managerSchema } from '../domain/manager/managerProfile';
import type { RecurringDueEntry } from '../domain/nudges/dueEntry';
import { DUE_ENTRY_VERSION } from '../domain/nudges/dueEntry';
import type { NudgeSettings } from '../domain/nudges/nudgeSettings';
import { oneOnOneTomorrowCard, updateDueCard, weeklyWinsCard } from '../domain/nudges/recurringCards';
import { planOneOnOneTomorrow, planUpdateDue, planWeeklyWins, weekOf, type Occurrence, type RecurringNudgeKind } from '../domain/nudges/recurringNudges';
import { bucketOf } from '../domain/nudges/timeBuckets';
import type { RecordData } from '../domain/oneOnOne';
import { updatePreferences } from '../domain/progressUpdate/updatePreferences';
import { ItemNotFoundError } from '../store/errors';
import { chatPartition } from '../store/rosterStore';
import { readRow, settingsData } from './chatSettingsRow';
import { loadAgenda } from './chatSpace';
import { readNudgeSettings } from './nudgeSettingsRead';
import { toItem } from './personalItems';
import type { Services } from './services';
import { teamsAppIdOf } from './teamsAppId';

/** A user, by the keys of their personal partition. */
export type NudgeUser = Pick<Caller, 'tenantId' | 'objectId'>;

/** What a recurring nudge is about: a 1:1 chat, or the user's own rhythm (`me`). */
export type RecurringSubject = { readonly kind: 'oneOnOneTomorrow'; readonly chatId: string } | { readonly kind: 'updateDue' | 'weeklyWins' };

const subjectIdOf = (subject: RecurringSubject) => (subject.kind === 'oneOnOneTomorrow' ? subject.chatId : 'me');

/** Whose an index entry is. */
export const userOf = (entry: RecurringDueEntry): NudgeUser => ({ tenantId: entry.tenantId, objectId: entry.objectId });

/** What an index entry of a recurring nudge is about. */
export const subjectOf = (entry: RecurringDueEntry): RecurringSubject => (entry.kind === 'oneOnOneTomorrow' ? { kind: entry.kind, chatId: entry.subjectId } : { kind: entry.kind });

/**
 * The id of one occurrence of a recurring nudge: whose, which kind, about what, for which
 * date. A chat id may hold characters a row key must not, so it enters as a digest.
 */
export function recurringNudgeId(user: NudgeUser, kind: RecurringNudgeKind, subjectId: string, occurrence: string): string {
  const subject = subjectId === 'me' ? 'me' : createHash('sha256').update(subjectId).digest('base64url').slice(0, 22);
  return [user.tenantId, user.objectId, kind, subject, occurrence].join('_');
}

/** Where a recurring nudge's facts come from, read once: its next occurrence, and its card. */
interface RecurringSource {
  /** The first occurrence dated `from` or later that is sent at `now` or later, with the facts as they are; null for none. */
  plan(from: string, now: Date): Occurrence | null;
  card(occurrence: string): Promise<Record<string, unknown>>;
}

/** The user's settings in force (the defaults until saved). */
async function settingsOf(services: Services, user: NudgeUser): Promise<NudgeSettings> {
  return (await readNudgeSettings(services, { ...user, name: '' })).settings;
}

/** What was agreed at the chat's last 1:1: the last record's items that have an outcome. */
async function agreedLastTime(services: Services, partition: string, lastRecordId: string | undefined): Promise<string[]> {
  if (lastRecordId === undefined) return [];
  try {
    const record = (await services.shared.get(partition, KIND.record, lastRecordId)).data as RecordData;
    return record.items.filter((item) => item.outcome.trim() !== '').map((item) => `${item.title}: ${item.outcome}`);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return [];
    throw error;
  }
}

/** The 1:1 card's content for `user`, read from the chat's partition as it stands. */
export async function oneOnOneCardFor(services: Services, user: NudgeUser, chatId: string, meetingDate: string, added?: string): Promise<Record<string, unknown>> {
  const partition = chatPartition(chatId);
  const [{ agenda, history }, headsUpRows, members, settingsRow] = await Promise.all([
    loadAgenda(services.shared, partition),
    services.shared.listKinds(partition, [KIND.headsUp]),
    services.rosters.members(chatId),
    readRow(services.shared, partition),
  ]);
  const headsUps = (headsUpRows.get(KIND.headsUp) ?? []).map((record) => record.data as HeadsUpData).filter((headsUp) => headsUp.decision === null);
  const other = members.find((member) => member.objectId.toLowerCase() !== user.objectId.toLowerCase());
  return oneOnOneTomorrowCard({
    chatId,
    meetingDate,
    meetingTime: settingsData(settingsRow).cadence?.time ?? '',
    withName: other?.name ?? '',
    agenda: agenda.items.map((item) => item.title),
    headsUps: headsUps.map((headsUp) => `${headsUp.risk} (decide by ${headsUp.decideBy})`),
    agreed: await agreedLastTime(services, partition, history?.history.lastRecordId),
    ...(added === undefined ? {} : { added }),
    appId: teamsAppIdOf(services),
  });
}

/** The facts of a recurring nudge for `user`, or why there is nothing to send (no cadence, not on the roster). */
async function sourceFor(services: Services, user: NudgeUser, subject: RecurringSubject, settings: NudgeSettings): Promise<RecurringSource | string> {
  switch (subject.kind) {
    case 'oneOnOneTomorrow': {
      if ((await services.rosters.access(subject.chatId, user.tenantId, user.objectId)) !== 'member') return 'not-on-roster';
      const cadence = settingsData(await readRow(services.shared, chatPartition(subject.chatId))).cadence;
      if (cadence === null) return 'no-cadence';
      return {
        plan: (from, now) => planOneOnOneTomorrow(cadence, settings, from, now),
        card: (occurrence) => oneOnOneCardFor(services, user, subject.chatId, occurrence),
      };
    }
    case 'updateDue': {
      const kinds = await services.personal.listKinds(personalPartition(user), [KIND.update, KIND.manager, KIND.insight]);
      const rows = (kind: string) => kinds.get(kind) ?? [];
      const preferences = updatePreferences(
        rows(KIND.manager).map((record) => toItem(managerSchema, record)),
        rows(KIND.insight).map((record) => toItem(insightSchema, record)),
      );
      if (preferences.rhythm === null) return 'no-cadence';
      const rhythm = preferences.rhythm;
      const sentOn = rows(KIND.update).flatMap((record) => (typeof record.data.sentOn === 'string' ? [record.data.sentOn] : []));
      return {
        plan: (from, now) => planUpdateDue(rhythm, sentOn, settings, from, now),
        card: async (occurrence) => updateDueCard({ managerName: preferences.managerName, due: occurrence, appId: teamsAppIdOf(services) }),
      };
    }
    case 'weeklyWins':
      return {
        plan: (from, now) => planWeeklyWins(settings, from, now),
        card: async (occurrence) => {
          const week = weekOf(occurrence);
          const wins = (await services.personal.listKinds(personalPartition(user), [KIND.win])).get(KIND.win) ?? [];
          const winsThisWeek = wins.filter((record) => typeof record.data.date === 'string' && record.data.date >= week.start && record.data.date <= week.end).length;
          return weeklyWinsCard({ winsThisWeek, appId: teamsAppIdOf(services) });
        },
      };
  }
}

/** Files one occurrence in the index of due work (filing it again overwrites the same row). */
async function fileOccurrence(services: Services, user: NudgeUser, subject: RecurringSubject, planned: Occurrence | null): Promise<void> {
  if (planned === null) return;
  const common = {
    nudgeId: recurringNudgeId(user, subject.kind, subjectIdOf(subject), planned.occurrence),
    tenantId: user.tenantId,
    objectId: user.objectId,
    occurrence: planned.occurrence,
    sendAt: planned.sendAt.toISOString(),
  };
  const entry: RecurringDueEntry =
    subject.kind === 'oneOnOneTomorrow'
      ? { schemaVersion: DUE_ENTRY_VERSION, ...common, kind: subject.kind, subjectId: subject.chatId }
      : subject.kind === 'updateDue'
        ? { schemaVersion: DUE_ENTRY_VERSION, ...common, kind: subject.kind, subjectId: 'me' }
        : { schemaVersion: DUE_ENTRY_VERSION, ...common, kind: subject.kind, subjectId: 'me' };
  await services.dueIndex.file(bucketOf(planned.sendAt), [entry]);
}

/**
 * Files the next occurrence of a recurring nudge for `user` from today (in their zone): when
 * its inputs changed (settings saved, a 1:1 cadence or a profile cadence set). Rows filed
 * earlier for other times stay; the sender checks each against the facts and sends only one
 * that still holds.
 */
export async function fileRecurringNudge(services: Services, user: NudgeUser, subject: RecurringSubject, now: Date): Promise<void> {
  const settings = await settingsOf(services, user);
  const source = await sourceFor(services, user, subject, settings);
  if (typeof source === 'string') return;
  await fileOccurrence(services, user, subject, source.plan(dateIn(settings.timeZone, now), now));
}

/** Every recurring nudge of a user: their update and wins, and each 1:1 chat they get nudges about. */
export async function fileAllRecurringNudges(services: Services, user: NudgeUser, now: Date): Promise<void> {
  // Chats without a cadence file nothing: sourceFor says so.
  const chats = await services.rosters.chatsOf(user.objectId);
  const subjects: RecurringSubject[] = [{ kind: 'updateDue' }, { kind: 'weeklyWins' }, ...chats.map((chatId) => ({ kind: 'oneOnOneTomorrow' as const, chatId }))];
  for (const subject of subjects) await fileRecurringNudge(services, user, subject, now);
}

/** "1:1 tomorrow" for both people of a chat whose cadence was just set (their settings refile it through the roster's index of their chats). */
export async function fileOneOnOneNudges(services: Services, chatId: string, tenantId: string, now: Date): Promise<void> {
  for (const member of await services.rosters.members(chatId)) {
    const user = { tenantId, objectId: member.objectId.toLowerCase() };
    await fileRecurringNudge(services, user, { kind: 'oneOnOneTomorrow', chatId }, now);
  }
}

/**
 * Runs a filing after the write that caused it, never failing that write: the settings or
 * cadence are saved either way, and a failure to index is logged.
 */
export async function fileSafely(services: Services, what: string, filing: () => Promise<void>): Promise<void> {
  try {
    await filing();
  } catch (error) {
    services.log.error(`Filing ${what} nudges failed`, error);
  }
}

/** What the sender should do with a recurring occurrence, after it has refiled what comes next. */
export type RecurringCheck =
  | { readonly kind: 'send'; readonly card: () => Promise<Record<string, unknown>>; readonly settings: NudgeSettings }
  | { readonly kind: 'skip'; readonly reason: string };

/**
 * Checks a recurring occurrence against the facts at send time and keeps the rhythm going. An
 * entry that still holds (switched on, cadence still set, still on the roster, same time for
 * the same occurrence) is to be sent, and the next occurrence is filed first, so a crash
 * after the send cannot end the rhythm. An entry that no longer holds (settings, cadence or a
 * sent update changed what is due) is not sent, and what holds now from its date is filed.
 */
export async function checkRecurring(services: Services, entry: RecurringDueEntry, now: Date): Promise<RecurringCheck> {
  const user = userOf(entry);
  const subject = subjectOf(entry);
  const settings = await settingsOf(services, user);
  const source = await sourceFor(services, user, subject, settings);
  if (typeof source === 'string') {
    // Someone who left the chat gets no more nudges about it: the roster dropped them, and with it the chat from their index.
    return { kind: 'skip', reason: source };
  }
  const expected = source.plan(entry.occurrence, new Date(entry.sendAt));
  if (expected === null) return { kind: 'skip', reason: 'switched-off' };
  if (expected.occurrence !== entry.occurrence || expected.sendAt.toISOString() !== entry.sendAt) {
    await fileOccurrence(services, user, subject, source.plan(entry.occurrence, now));
    return { kind: 'skip', reason: 'stale' };
  }
  await fileOccurrence(services, user, subject, source.plan(addDays(entry.occurrence, 1), now));
  return { kind: 'send', card: () => source.card(entry.occurrence), settings };
}
