import { z } from 'zod';
import { commitmentSchema } from './commitments';
import { feedbackSchema } from './feedback';
import { goalHelpDataSchema } from './goalHelp';
import { goalSchema } from './goals';
import { headsUpDataSchema } from './headsUps/headsUp';
import { insightSchema, managerSchema, prioritySchema } from './manager/managerProfile';
import { agendaItemDataSchema, commitmentCommentDataSchema, historySchema, recordDataSchema } from './oneOnOne';
import { chatSettingsDataSchema } from './oneOnOneRoles';
import { managerActionDataSchema } from './oneOnOneShared';
import { updateFieldsSchema } from './progressUpdate/progressUpdates';
import { winSchema } from './wins';

// The registry of item kinds: each kind of row the partition store holds is declared here
// once. Adding a personal kind is its contract file, one entry below, and its UI.

/** A row body: a JSON object whose fields the kind's schema names. */
export type StoredData = Readonly<Record<string, unknown>>;

/**
 * Whose partition a kind lives in: one person's, or one chat's shared space. `personal-via-chat`
 * rows live in a person's partition (so their tab reads one partition) but only the 1:1's use
 * cases write them, after the membership checks: they have no routes of their own.
 */
export type KindScope = 'personal' | 'personal-via-chat' | 'chat';

/** Fields that are also written as their own table columns, so storage can filter on them. */
export type KindColumn = 'status' | 'dueDate';

/** Turns a row body of an older schema version into the current shape, or undefined when it does not fit that version either. */
export type Upgrade = (stored: unknown) => unknown;

/** One kind of stored row. */
export interface ItemKind {
  /** Singular name and row-key prefix, e.g. `goal`. */
  readonly name: string;
  readonly scope: KindScope;
  /** Version of {@link ItemKind.schema}, written on every row as `schemaVersion`. */
  readonly schemaVersion: number;
  /** The row body as it is stored now (no server fields). */
  readonly schema: z.ZodType<StoredData>;
  /** One upgrade per older version, to the current shape; a row without a version is version 1. */
  readonly upgrades: Readonly<Partial<Record<number, Upgrade>>>;
  readonly columns: readonly KindColumn[];
  /** Whether its owner can share it in the 1:1 tab. */
  readonly shareableInOneOnOne: boolean;
  /** URL segment of a personal kind, e.g. `goals`. */
  readonly plural?: string;
}

/** An upgrade that first checks the row against the older version's schema. */
function from<Old>(schema: z.ZodType<Old>, upgrade: (old: Old) => StoredData): Upgrade {
  return (stored) => {
    const parsed = schema.safeParse(stored);
    return parsed.success ? upgrade(parsed.data) : undefined;
  };
}

const SERVER_FIELDS = { id: true, createdAt: true, updatedAt: true, etag: true } as const;

const goalDataSchema = goalSchema.omit(SERVER_FIELDS);
const winDataSchema = winSchema.omit(SERVER_FIELDS);
const commitmentDataSchema = commitmentSchema.omit(SERVER_FIELDS);
const managerDataSchema = managerSchema.omit(SERVER_FIELDS);
const insightDataSchema = insightSchema.omit(SERVER_FIELDS);
const priorityDataSchema = prioritySchema.omit(SERVER_FIELDS);
const feedbackDataSchema = feedbackSchema.omit(SERVER_FIELDS);

// Version 1 is every row written before rows carried a version or columns. Its readers also
// accept rows missing the fields the contract defaults, and the upgrades fill in those defaults.
const goalV1 = goalDataSchema.partial({ why: true, status: true, progress: true, sharedInOneOnOne: true });
const goalV2 = goalDataSchema.partial({ sharedInOneOnOne: true });
const winV1 = winDataSchema.partial({ impact: true, sharedInOneOnOne: true });
const commitmentV1 = commitmentDataSchema.partial({ details: true, toWhom: true, status: true, sharedInOneOnOne: true });

/** Kind names, for callers that address rows: no bare strings. */
export const KIND = {
  goal: 'goal',
  win: 'win',
  commitment: 'commitment',
  /** A profile of one of my managers ("My manager"); private to me, like its entries. */
  manager: 'manager',
  /** One thing I know about how my manager works, in a field of their profile. */
  insight: 'insight',
  /** One of my manager's priorities, ranked. */
  priority: 'priority',
  agenda: 'agenda',
  /** The one row per chat that every agenda add rewrites, so adds that raced the count cannot both commit. */
  agendaGuard: 'agendaguard',
  comment: 'comment',
  history: 'history',
  record: 'record',
  /** The one row per chat that holds who is who and when the 1:1 happens. */
  chatSettings: 'chatsettings',
  /** The other member's answer to "How I can help" on a shared goal, in the goal owner's partition, keyed by the goal. */
  goalHelp: 'goalhelp',
  /** What the manager offered to do in a 1:1, in the employee's partition. */
  managerAction: 'askedof',
  /** A problem the employee raised early, with options, for the manager to decide; in the chat's partition. */
  headsUp: 'headsup',
  /** Feedback I received and what I did with it; private to me. */
  feedback: 'feedback',
  /** A progress update I sent (or copied), kept so the next draft starts after it; private to me. */
  update: 'update',
} as const;

export type KindName = (typeof KIND)[keyof typeof KIND];

const REGISTRY: readonly ItemKind[] = [
  {
    name: KIND.goal,
    scope: 'personal',
    plural: 'goals',
    // Version 3 added sharedInOneOnOne: goals written before it are private.
    schemaVersion: 3,
    schema: goalDataSchema,
    upgrades: {
      1: from(goalV1, (old) => ({ ...old, why: old.why ?? '', status: old.status ?? 'active', progress: old.progress ?? 0, sharedInOneOnOne: old.sharedInOneOnOne ?? false })),
      2: from(goalV2, (old) => ({ ...old, sharedInOneOnOne: old.sharedInOneOnOne ?? false })),
    },
    columns: ['status'],
    shareableInOneOnOne: false,
  },
  {
    name: KIND.win,
    scope: 'personal',
    plural: 'wins',
    schemaVersion: 2,
    schema: winDataSchema,
    upgrades: { 1: from(winV1, (old) => ({ ...old, impact: old.impact ?? '', sharedInOneOnOne: old.sharedInOneOnOne ?? false })) },
    columns: [],
    shareableInOneOnOne: true,
  },
  {
    name: KIND.commitment,
    scope: 'personal',
    plural: 'commitments',
    schemaVersion: 2,
    schema: commitmentDataSchema,
    upgrades: {
      1: from(commitmentV1, (old) => ({
        ...old,
        details: old.details ?? '',
        toWhom: old.toWhom ?? '',
        status: old.status ?? 'open',
        sharedInOneOnOne: old.sharedInOneOnOne ?? false,
      })),
    },
    columns: ['status', 'dueDate'],
    shareableInOneOnOne: true,
  },
  { name: KIND.manager, scope: 'personal', plural: 'managers', schemaVersion: 1, schema: managerDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.insight, scope: 'personal', plural: 'insights', schemaVersion: 1, schema: insightDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.priority, scope: 'personal', plural: 'priorities', schemaVersion: 1, schema: priorityDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.agenda, scope: 'chat', schemaVersion: 1, schema: agendaItemDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.agendaGuard, scope: 'chat', schemaVersion: 1, schema: z.object({}), upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.comment, scope: 'chat', schemaVersion: 1, schema: commitmentCommentDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.history, scope: 'chat', schemaVersion: 1, schema: historySchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.record, scope: 'chat', schemaVersion: 1, schema: recordDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.goalHelp, scope: 'personal-via-chat', schemaVersion: 1, schema: goalHelpDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.managerAction, scope: 'personal-via-chat', schemaVersion: 1, schema: managerActionDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.chatSettings, scope: 'chat', schemaVersion: 1, schema: chatSettingsDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.headsUp, scope: 'chat', schemaVersion: 1, schema: headsUpDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  // Shared only through agenda items its owner adds ("Tell them what changed"), never listed in the 1:1.
  { name: KIND.feedback, scope: 'personal', plural: 'feedback', schemaVersion: 1, schema: feedbackDataSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
  { name: KIND.update, scope: 'personal', plural: 'updates', schemaVersion: 1, schema: updateFieldsSchema, upgrades: {}, columns: [], shareableInOneOnOne: false },
];

/** Row-key prefixes that are not item kinds (idempotency markers, roster rows). */
export const RESERVED_ROW_PREFIXES = ['idem', 'member', 'chat'] as const;

function checkRegistry(kinds: readonly ItemKind[]): ReadonlyMap<string, ItemKind> {
  const byName = new Map<string, ItemKind>();
  const plurals = new Set<string>();
  for (const kind of kinds) {
    // The name is a row-key prefix followed by `_`: lower-case letters keep the range filters exact.
    if (!/^[a-z]+$/.test(kind.name)) throw new Error(`Kind name "${kind.name}" must be lower-case letters.`);
    if (byName.has(kind.name) || (RESERVED_ROW_PREFIXES as readonly string[]).includes(kind.name)) throw new Error(`Kind name "${kind.name}" is taken.`);
    if ((kind.scope === 'personal') !== (kind.plural !== undefined)) throw new Error(`Kind "${kind.name}": personal kinds, and only they, have a plural.`);
    if (kind.plural !== undefined) {
      if (plurals.has(kind.plural)) throw new Error(`Plural "${kind.plural}" is taken.`);
      plurals.add(kind.plural);
    }
    for (let version = 1; version < kind.schemaVersion; version++) {
      if (kind.upgrades[version] === undefined) throw new Error(`Kind "${kind.name}" has no upgrade from version ${version}.`);
    }
    byName.set(kind.name, kind);
  }
  return byName;
}

const KINDS_BY_NAME = checkRegistry(REGISTRY);

/** Every registered kind. */
export const ITEM_KINDS: readonly ItemKind[] = REGISTRY;

/** The personal kinds, in the order the overview shows them. */
export const PERSONAL_KINDS: readonly ItemKind[] = REGISTRY.filter((kind) => kind.scope === 'personal');

/** A kind by name; throws for a name nobody registered, which is a programming error. */
export function itemKind(name: string): ItemKind {
  const kind = KINDS_BY_NAME.get(name);
  if (kind === undefined) throw new Error(`"${name}" is not a registered item kind.`);
  return kind;
}

/** A kind by name, or undefined: for rows read back whose prefix may be anything. */
export function findItemKind(name: string): ItemKind | undefined {
  return KINDS_BY_NAME.get(name);
}

/** What reading a row body gave: the current shape, or why it does not fit. */
export type StoredRead = { readonly ok: true; readonly data: StoredData } | { readonly ok: false; readonly reason: string };

/**
 * Reads a stored body of `version` as the kind's current shape: an older version is upgraded
 * first, and the result is always checked against the current schema.
 */
export function readStored(kind: ItemKind, version: number, stored: unknown): StoredRead {
  let current = stored;
  if (version !== kind.schemaVersion) {
    const upgrade = version < kind.schemaVersion ? kind.upgrades[version] : undefined;
    if (upgrade === undefined) return { ok: false, reason: `no reader for version ${version} of ${kind.name}` };
    current = upgrade(stored);
    if (current === undefined) return { ok: false, reason: `does not fit version ${version} of ${kind.name}` };
  }
  const parsed = kind.schema.safeParse(current);
  if (!parsed.success) return { ok: false, reason: `does not fit version ${kind.schemaVersion} of ${kind.name}: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}` };
  return { ok: true, data: parsed.data };
}

/** The column values of a body of the kind's current shape: only the kind's columns, only when set. */
export function columnsOf(kind: ItemKind, data: StoredData): Partial<Record<KindColumn, string>> {
  const columns: Partial<Record<KindColumn, string>> = {};
  for (const column of kind.columns) {
    const value = data[column];
    if (typeof value === 'string') columns[column] = value;
  }
  return columns;
}
