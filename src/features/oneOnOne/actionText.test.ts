import { describe, expect, it } from 'vitest';
import type { ManagerAction } from '@domain/oneOnOneShared';
import { offeredHeading } from './actionText';

const action = (owner: { objectId: string; name: string }): ManagerAction => ({
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: 'e',
  chatId: 'c',
  owner,
  employee: { objectId: 'a', name: 'Avery' },
  fromItem: { id: 'i', title: 'Growth' },
  title: 'Intro',
  status: 'open',
});

describe('offeredHeading', () => {
  it('names the one person the actions belong to, "you" for the viewer', () => {
    expect(offeredHeading([action({ objectId: 'm', name: 'Morgan' })], 'a')).toBe('What Morgan offered');
    expect(offeredHeading([action({ objectId: 'm', name: 'Morgan' })], 'm')).toBe('What you offered');
    expect(offeredHeading([], 'a')).toBe('What was offered');
  });
});
