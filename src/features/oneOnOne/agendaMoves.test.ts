import { describe, expect, it } from 'vitest';
import { dropAfterId, focusAfterMove, moveAbility } from './agendaMoves';

describe('agenda moves', () => {
  it('offers only the moves that change something', () => {
    expect(moveAbility(0, 3)).toEqual({ up: false, down: true });
    expect(moveAbility(1, 3)).toEqual({ up: true, down: true });
    expect(moveAbility(2, 3)).toEqual({ up: true, down: false });
    expect(moveAbility(0, 1)).toEqual({ up: false, down: false });
  });

  it('keeps focus on the pressed button until the item reaches the end', () => {
    expect(focusAfterMove('up', 1, 3)).toBe('up');
    expect(focusAfterMove('up', 0, 3)).toBe('down');
    expect(focusAfterMove('down', 1, 3)).toBe('down');
    expect(focusAfterMove('down', 2, 3)).toBe('up');
  });

  describe('dropAfterId', () => {
    const ids = ['a', 'b', 'c', 'd'];
    it('drops before the first item as "first"', () => {
      expect(dropAfterId(ids, 'c', 'a', 'before')).toBeNull();
    });
    it('drops after an item, or before one (which is after its predecessor)', () => {
      expect(dropAfterId(ids, 'a', 'c', 'after')).toBe('c');
      expect(dropAfterId(ids, 'a', 'c', 'before')).toBe('b');
      expect(dropAfterId(ids, 'd', 'b', 'before')).toBe('a');
    });
    it('ignores drops that leave the order unchanged or name unknown items', () => {
      expect(dropAfterId(ids, 'b', 'b', 'after')).toBeUndefined();
      expect(dropAfterId(ids, 'b', 'a', 'after')).toBeUndefined();
      expect(dropAfterId(ids, 'b', 'c', 'before')).toBeUndefined();
      expect(dropAfterId(ids, 'x', 'a', 'after')).toBeUndefined();
    });
  });
});
