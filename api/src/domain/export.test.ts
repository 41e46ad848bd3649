import { describe, expect, it } from 'vitest';
import { EXPORT_GROUPS, exportFileName, exportItemsSchema } from './export';
import { ITEM_KINDS } from './kinds';

describe('what an export holds', () => {
  it('every kind kept in a person’s partition has its group, so nothing of theirs is left out of it', () => {
    const inMyPartition = ITEM_KINDS.filter((kind) => kind.scope !== 'chat').map((kind) => kind.name);
    expect(Object.keys(EXPORT_GROUPS).sort()).toEqual([...inMyPartition].sort());
  });

  it('no chat kind (agendas, records, comments) is ever exported as someone’s own', () => {
    const chatKinds = ITEM_KINDS.filter((kind) => kind.scope === 'chat').map((kind) => kind.name);
    for (const kind of chatKinds) expect(Object.keys(EXPORT_GROUPS)).not.toContain(kind);
  });

  it('each group is one array of the contract, one kind each', () => {
    const groups = Object.values(EXPORT_GROUPS);
    expect(new Set(groups).size).toBe(groups.length);
    expect([...groups].sort()).toEqual(Object.keys(exportItemsSchema.shape).sort());
  });

  it('names the file after the day it was made', () => {
    expect(exportFileName('2026-12-03T23:59:59.000Z')).toBe('upward-export-2026-12-03.json');
  });
});
