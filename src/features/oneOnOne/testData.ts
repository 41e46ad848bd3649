import { questionsFor } from '@domain/questionBank';
import type { HeadsUp } from '@domain/headsUps/headsUp';
import type { AgendaItem, OneOnOneSpace, SharedCommitment } from '@domain/oneOnOne';
import { sampleHeadsUp } from '../../../tests/support/headsUps';

/** Object ids of the two people in the tests' chat. */
export const EMPLOYEE = { objectId: 'e0000000-0000-4000-8000-000000000001', name: 'Avery' } as const;
export const MANAGER = { objectId: 'm0000000-0000-4000-8000-000000000002', name: 'Morgan' } as const;

let counter = 0;

/** An agenda item as the API returns it, with a fresh id; `overrides` set what a test is about. */
export function agendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  counter += 1;
  const id = `01HZZZZZZZZZZZZZZZZZZZZ${String(counter % 1000).padStart(3, '0')}`;
  return {
    id,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    etag: `W/"${id}-1"`,
    title: `Item ${counter}`,
    notes: '',
    kind: 'topic',
    addedBy: EMPLOYEE,
    position: counter,
    discussed: false,
    outcome: '',
    ...overrides,
  };
}

/** A shared commitment of the employee's. */
export function sharedCommitment(overrides: Partial<SharedCommitment> = {}): SharedCommitment {
  return {
    id: '01HYYYYYYYYYYYYYYYYYYYY001',
    ownerObjectId: EMPLOYEE.objectId,
    ownerName: EMPLOYEE.name,
    title: 'Send the Q3 numbers',
    status: 'open',
    dueDate: '2026-03-01',
    overdue: true,
    comments: [],
    ...overrides,
  };
}

/** An undecided heads-up the employee raised (the body the API tests raise), its card in the chat. */
export function headsUp(overrides: Partial<HeadsUp> = {}): HeadsUp {
  return {
    id: '01HXXXXXXXXXXXXXXXXXXXX001',
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    etag: 'W/"h1"',
    ...sampleHeadsUp(),
    raisedBy: EMPLOYEE,
    decision: null,
    overdue: false,
    cardPosted: true,
    ...overrides,
  };
}

/** The space of a chat between the employee and the manager, seen by `me`. */
export function space(overrides: Partial<OneOnOneSpace> = {}, me: string = EMPLOYEE.objectId): OneOnOneSpace {
  return {
    chatId: '19:test@thread.v2',
    today: '2026-03-10',
    me,
    members: [EMPLOYEE, MANAGER],
    agenda: { version: 'v1', items: [], maxItems: 40 },
    sharedCommitments: [],
    sharedWins: [],
    sharedItemsAvailable: true,
    lastOneOnOne: null,
    recentRecords: [],
    questionBank: questionsFor(me === MANAGER.objectId ? 'manager' : 'employee'),
    limits: { maxAgendaItems: 40, maxSharingMembers: 10 },
    roles: { employee: EMPLOYEE.objectId, manager: MANAGER.objectId },
    settings: { version: 'settings-v1', roles: { employee: EMPLOYEE.objectId, manager: MANAGER.objectId }, cadence: null, nextMeeting: null },
    undo: null,
    sharedGoals: [],
    earlierSharedWins: [],
    managerActions: [],
    headsUps: [],
    ...overrides,
  };
}
