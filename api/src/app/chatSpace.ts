import { createHash } from 'node:crypto';
import type { ChatMember } from '../domain/chat';
import type { Commitment } from '../domain/commitments';
import { personalPartition, type Caller } from '../domain/identity';
import { MAX_AGENDA_ITEMS, MAX_SHARING_MEMBERS, type Agenda, type AgendaItem, type AgendaItemData, type CommitmentComment, type CommitmentCommentData, type History, type OneOnOneSpace } from '../domain/oneOnOne';
import { orderAgenda } from '../domain/oneOnOneAgenda';
import { selectEarlierSharedWins, selectSharedCommitments, selectSharedWins, type MemberItems } from '../domain/oneOnOneSharing';
import { questionsFor, type Question } from '../domain/questionBank';
import { canUndo, undoDeadline } from '../domain/closeSafety';
import { currentRoles, roleOf, type Roles } from '../domain/oneOnOneRoles';
import type { Win } from '../domain/wins';
import type { StoredRecord } from '../store/errors';
import type { PartitionStore } from '../store/partitionStore';
import { chatPartition, ROSTER_ROWS, rosterFromRows } from '../store/rosterStore';
import { requireMember } from './chatAccess';
import { useCase } from './errors';
import { KIND } from '../domain/kinds';
import type { Services } from './services';
import { settingsData, settingsView } from './chatSettings';
import { selectManagerActions, selectSharedGoals } from '../domain/oneOnOneTable';
import type { Goal } from '../domain/goals';
import type { GoalHelp } from '../domain/goalHelp';
import type { ManagerAction } from '../domain/oneOnOneShared';
import { listedHeadsUps, type HeadsUpData } from '../domain/headsUps/headsUp';
import { toHeadsUp } from './headsUps';

/** The caller's questions: none until roles are set, since the page first asks who is who. */
function questionBankFor(roles: Roles | null, objectId: string): Question[] {
  const role = roleOf(roles, objectId);
  return role === undefined ? [] : questionsFor(role);
}

function serverFields(record: StoredRecord) {
  return { id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt, etag: record.etag };
}

// The store checks every row against its kind's versioned schema on read (domain/kinds.ts);
// the mappers below pick each field by name, so nothing else a row may hold reaches a response.

/** A stored agenda row as the API returns it, or undefined for a row a close has filed away. */
export function toAgendaItem(record: StoredRecord): AgendaItem | undefined {
  const data = record.data as AgendaItemData;
  if (data.closedIn !== undefined) return undefined;
  return {
    ...serverFields(record),
    title: data.title,
    notes: data.notes,
    kind: data.kind,
    ...(data.questionId === undefined ? {} : { questionId: data.questionId }),
    ...(data.feedbackQuestion === true ? { feedbackQuestion: true } : {}),
    addedBy: data.addedBy,
    position: data.position,
    discussed: data.discussed,
    outcome: data.outcome,
    ...(data.carriedOver === undefined ? {} : { carriedOver: data.carriedOver }),
  };
}

function toComment(record: StoredRecord): CommitmentComment {
  const data = record.data as CommitmentCommentData;
  return { ...serverFields(record), commitmentId: data.commitmentId, ownerObjectId: data.ownerObjectId, text: data.text, author: data.author };
}

/** The history row, if the chat has had a 1:1 closed. */
export function toHistory(records: readonly StoredRecord[] | undefined): { history: History; record: StoredRecord } | undefined {
  const record = records?.[0];
  return record === undefined ? undefined : { history: record.data as History, record };
}

/**
 * The agenda's version: a digest of every live item's ETag and of the history row's, so any
 * add, edit, move, delete or close changes it. Close compares it with what the closer saw.
 */
function agendaVersion(items: readonly AgendaItem[], history: StoredRecord | undefined): string {
  const hash = createHash('sha256').update(history?.etag ?? 'no-history');
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`|${item.id}:${item.etag}`);
  return hash.digest('base64url').slice(0, 32);
}

/** What the agenda rows of a chat hold. */
export interface AgendaState {
  readonly agenda: Agenda;
  readonly history: ReturnType<typeof toHistory>;
  /** Rows already filed into a record that are still waiting to be removed. */
  readonly filedIds: readonly string[];
}

/** The agenda in order, built from the chat's agenda rows and its history row. */
export function agendaFrom(rows: ReadonlyMap<string, StoredRecord[]>): AgendaState {
  const records = rows.get(KIND.agenda) ?? [];
  const items = orderAgenda(records.flatMap((record) => toAgendaItem(record) ?? []));
  const live = new Set(items.map((item) => item.id));
  const history = toHistory(rows.get(KIND.history));
  return {
    agenda: { version: agendaVersion(items, history?.record), items, maxItems: MAX_AGENDA_ITEMS },
    history,
    filedIds: records.filter((record) => !live.has(record.id)).map((record) => record.id),
  };
}

/** The agenda and the history row, in one partition query. */
export async function loadAgenda(shared: PartitionStore, partition: string): Promise<AgendaState> {
  return agendaFrom(await shared.listKinds(partition, [KIND.agenda, KIND.history]));
}

/** A member's own item with its server fields; which fields are shared is decided in the domain. */
function personalItem<T>(record: StoredRecord): T {
  // Not `{ ...data, ...fields }`: see toItem (personalItems.ts) for why.
  return Object.assign({}, record.data, serverFields(record)) as T;
}

/** One member's commitments and wins, read live from their own partition. */
async function memberItems(personal: PartitionStore, tenantId: string, owner: ChatMember): Promise<MemberItems> {
  let partition: string;
  try {
    partition = personalPartition({ tenantId, objectId: owner.objectId });
  } catch {
    // A roster entry that is not an Entra object id has no personal partition to read.
    return { owner, commitments: [], wins: [] };
  }
  const kinds = await personal.listKinds(partition, [KIND.commitment, KIND.win, KIND.goal, KIND.goalHelp, KIND.managerAction]);
  return {
    owner,
    commitments: (kinds.get(KIND.commitment) ?? []).map((record) => personalItem<Commitment>(record)),
    wins: (kinds.get(KIND.win) ?? []).map((record) => personalItem<Win>(record)),
    goals: (kinds.get(KIND.goal) ?? []).map((record) => personalItem<Goal>(record)),
    goalHelp: (kinds.get(KIND.goalHelp) ?? []).map((record) => personalItem<GoalHelp>(record)),
    managerActions: (kinds.get(KIND.managerAction) ?? []).map((record) => personalItem<ManagerAction>(record)),
  };
}

/**
 * The roster with the caller's name filled in where Teams gave none (it names only whoever
 * installed the app): the caller's own token says who they are, so the other member sees
 * a name from their first visit on.
 */
async function withCallerNamed(services: Services, chatId: string, caller: Caller, members: readonly ChatMember[]): Promise<ChatMember[]> {
  const me = caller.objectId.toLowerCase();
  const unnamed = caller.name.trim() !== '' && members.some((member) => member.objectId === me && member.name === '');
  if (!unnamed) return [...members];
  await services.rosters.learnName(chatId, me, caller.name.trim());
  return members.map((member) => (member.objectId === me ? { ...member, name: caller.name.trim() } : member));
}

/** The last roster each chat's space was loaded with (this instance only, a bounded number of chats). */
const lastMembers = new Map<string, readonly ChatMember[]>();
const REMEMBERED_CHATS = 1000;

function rememberMembers(chatId: string, members: readonly ChatMember[]): void {
  lastMembers.delete(chatId);
  lastMembers.set(chatId, members);
  // Oldest first in a Map: drop the least recently loaded chat.
  if (lastMembers.size > REMEMBERED_CHATS) lastMembers.delete(lastMembers.keys().next().value ?? chatId);
}

/** What an early read of the members' partitions was based on, and its result. */
interface EarlyItems {
  readonly ids: string;
  readonly items: Promise<MemberItems[]>;
}

const idsOf = (members: readonly ChatMember[]) => members.map((member) => member.objectId).sort().join(',');

/**
 * Starts reading the members' partitions alongside the roster check, from the roster this
 * instance last saw for the chat, so a polled page costs one round of queries, not two. The
 * result is used only once the fresh roster says the caller is a member and names the same
 * people; otherwise it is dropped unread (its failure, too) and the partitions are read again.
 */
function earlyMemberItems(services: Services, tenantId: string, chatId: string): EarlyItems | undefined {
  const members = lastMembers.get(chatId);
  if (members === undefined || members.length > MAX_SHARING_MEMBERS) return undefined;
  const items = Promise.all(members.map((member) => memberItems(services.personal, tenantId, member)));
  items.catch(() => undefined);
  return { ids: idsOf(members), items };
}

/** The members' own items: the early read when it read these very people, a fresh one otherwise; owners as named now. */
async function membersItems(services: Services, tenantId: string, members: readonly ChatMember[], early: EarlyItems | undefined): Promise<MemberItems[]> {
  if (early === undefined || early.ids !== idsOf(members)) return Promise.all(members.map((member) => memberItems(services.personal, tenantId, member)));
  const read = await early.items;
  return members.flatMap((owner) => {
    const items = read.find((candidate) => candidate.owner.objectId === owner.objectId);
    return items === undefined ? [] : [{ ...items, owner }];
  });
}

/**
 * Everything the shared tab shows. The roster check and the chat's own rows (agenda, comments,
 * history, settings and heads-ups) come from one query of the chat partition; members' personal partitions
 * are returned only once the caller is known to be a member (read early from the roster last
 * seen, see {@link earlyMemberItems}), and only the items they shared.
 */
export const loadSpace = useCase(async (services: Services, caller: Caller, chatId: string, today: string): Promise<OneOnOneSpace> => {
  const partition = chatPartition(chatId);
  const early = earlyMemberItems(services, caller.tenantId, chatId);
  const { kinds: rows, others } = await services.shared.listKindsWith(partition, [KIND.agenda, KIND.comment, KIND.history, KIND.chatSettings, KIND.headsUp], ROSTER_ROWS);
  const { access, members: roster } = rosterFromRows(others, caller.tenantId, caller.objectId);
  requireMember(access);
  rememberMembers(chatId, roster);
  const members = await withCallerNamed(services, chatId, caller, roster);
  const sharedItemsAvailable = members.length <= MAX_SHARING_MEMBERS;
  const personal = sharedItemsAvailable ? await membersItems(services, caller.tenantId, members, early) : [];
  const { agenda, history } = agendaFrom(rows);
  const last = history === undefined ? undefined : history.history;
  const comments = (rows.get(KIND.comment) ?? []).map(toComment);
  const settingsRow = rows.get(KIND.chatSettings)?.[0];
  const roles = currentRoles(settingsData(settingsRow).roles, members);
  const now = new Date();
  return {
    chatId,
    today,
    me: caller.objectId.toLowerCase(),
    members: [...members].sort((a, b) => a.name.localeCompare(b.name)),
    agenda,
    sharedCommitments: selectSharedCommitments(personal, comments, last, today),
    sharedWins: selectSharedWins(personal, last),
    sharedItemsAvailable,
    lastOneOnOne: last === undefined ? null : { recordId: last.lastRecordId, date: last.lastDate, closedAt: last.lastClosedAt },
    recentRecords: last?.recent ?? [],
    questionBank: questionBankFor(roles, caller.objectId),
    limits: { maxAgendaItems: MAX_AGENDA_ITEMS, maxSharingMembers: MAX_SHARING_MEMBERS },
    roles,
    settings: settingsView(settingsRow, now),
    undo: last !== undefined && canUndo(last.lastClosedAt, now) ? { recordId: last.lastRecordId, until: undoDeadline(last.lastClosedAt) } : null,
    sharedGoals: selectSharedGoals(personal),
    earlierSharedWins: selectEarlierSharedWins(personal, last),
    managerActions: selectManagerActions(personal, chatId, last),
    headsUps: listedHeadsUps(
      (rows.get(KIND.headsUp) ?? []).map((record) => ({ record, decision: (record.data as HeadsUpData).decision, decideBy: (record.data as HeadsUpData).decideBy })),
      last?.lastClosedAt,
    ).map(({ record }) => toHeadsUp(record, today)),
  };
});

