import type { TableEntityResult } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import { isRowProblem, RowReader, type ItemEntity } from './itemRows';

const goal = (title: unknown) => ({ title, why: '', horizon: '1y', status: 'active', progress: 0 });
const row = (body: string, schemaVersion?: number): TableEntityResult<ItemEntity> => ({
  partitionKey: 'p',
  rowKey: 'goal_01JDQ5S4Z3V8C8T9W0X1Y2Z3A4',
  kind: 'goal',
  body,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  etag: 'W/"1"',
  ...(schemaVersion === undefined ? {} : { schemaVersion }),
});

describe('RowReader', () => {
  it('checks a changed body again rather than reusing what it checked before', () => {
    const reader = new RowReader();
    const first = reader.read(row(JSON.stringify(goal('Fine')), 2));
    expect(!isRowProblem(first) && first.data.title).toBe('Fine');
    expect(isRowProblem(reader.read(row(JSON.stringify(goal(42)), 2)))).toBe(true);
    expect(isRowProblem(reader.read(row(JSON.stringify(goal('Fine')), 9)))).toBe(true);
  });

  it('hands out frozen data, since a checked body is shared between reads', () => {
    const read = new RowReader().read(row(JSON.stringify({ title: 'Old', horizon: '5y' })));
    expect(!isRowProblem(read) && Object.isFrozen(read.data)).toBe(true);
    expect(!isRowProblem(read) && read.data).toEqual({ title: 'Old', horizon: '5y', why: '', status: 'active', progress: 0, sharedInOneOnOne: false });
  });

  it('a body that is not JSON, or a prefix nobody registered, is a problem', () => {
    expect(isRowProblem(new RowReader().read(row('{not json', 2)))).toBe(true);
    expect(isRowProblem(new RowReader().read({ ...row(JSON.stringify(goal('x')), 2), rowKey: 'mystery_1' }))).toBe(true);
  });
});
