import { describe, expect, it } from 'vitest';
import { readDueEntry } from './dueEntry';

const row = { partitionKey: 'due_2026-12-08T08:00Z', rowKey: 'n1', etag: 'W/"1"', timestamp: '2026-12-01T00:00:00Z' };

describe('readDueEntry', () => {
  it('upgrades a version-1 commitment row (no schemaVersion) to a commitmentDue entry with the same nudge id', () => {
    const old = { ...row, nudgeId: 't_o_c1_dueTomorrow_2026-12-09', tenantId: 't', objectId: 'o', commitmentId: 'c1', nudge: 'dueTomorrow', dueDate: '2026-12-09', sendAt: '2026-12-08T08:00:00.000Z' };
    expect(readDueEntry(old)).toMatchObject({
      success: true,
      data: { schemaVersion: 2, kind: 'commitmentDue', nudgeId: old.nudgeId, subjectId: 'c1', nudge: 'dueTomorrow', occurrence: '2026-12-09', sendAt: old.sendAt },
    });
  });

  it('reads version-2 rows of every kind and drops the storage fields', () => {
    const entry = { schemaVersion: 2, kind: 'oneOnOneTomorrow', nudgeId: 'n', tenantId: 't', objectId: 'o', subjectId: '19:abc@thread.v2', occurrence: '2026-12-09', sendAt: '2026-12-08T08:00:00.000Z' };
    const read = readDueEntry({ ...row, ...entry });
    expect(read.success && read.data).toEqual(entry);
    expect(readDueEntry({ ...entry, kind: 'weeklyWins', subjectId: 'me' }).success).toBe(true);
  });

  it('refuses rows that fit no version: an unknown kind, a user-level kind about someone else, no due date', () => {
    const entry = { schemaVersion: 2, kind: 'updateDue', nudgeId: 'n', tenantId: 't', objectId: 'o', subjectId: 'me', occurrence: '2026-12-09', sendAt: 'x' };
    expect(readDueEntry({ ...entry, kind: 'birthday' }).success).toBe(false);
    expect(readDueEntry({ ...entry, subjectId: 'someone' }).success).toBe(false);
    expect(readDueEntry({ ...row, nudgeId: 'n', tenantId: 't', objectId: 'o', commitmentId: 'c', nudge: 'dueToday', sendAt: 'x' }).success).toBe(false);
    expect(readDueEntry('not a row').success).toBe(false);
  });
});
