import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useShowMore } from './useShowMore';

const items = Array.from({ length: 7 }, (_, index) => index);

describe('useShowMore', () => {
  it('shows a page, then one more page at a time', () => {
    const { result } = renderHook(() => useShowMore(items, 'all', 3));
    expect(result.current.visible).toEqual([0, 1, 2]);
    expect(result.current.hidden).toBe(4);
    act(() => result.current.showMore());
    expect(result.current.visible).toEqual([0, 1, 2, 3, 4, 5]);
    act(() => result.current.showMore());
    expect(result.current.visible).toEqual(items);
    expect(result.current.hidden).toBe(0);
  });

  it('starts again from the first page when the filter changes', () => {
    const { result, rerender } = renderHook(({ key }) => useShowMore(items, key, 3), { initialProps: { key: 'all' } });
    act(() => result.current.showMore());
    expect(result.current.visible).toHaveLength(6);
    rerender({ key: 'goal-1' });
    expect(result.current.visible).toEqual([0, 1, 2]);
  });
});
