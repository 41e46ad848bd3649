import { useState } from 'react';

/** How many items a long list shows at first, and how many more each "Show more" adds. */
export const SHOW_MORE_STEP = 30;

/**
 * A long list shown a page at a time: hundreds of cards would make the first screen slow
 * and the page hard to scan. Going back to the first page whenever `resetKey` changes (a
 * new filter) keeps what the user asked for at the top.
 */
export function useShowMore<T>(items: readonly T[], resetKey: unknown, step: number = SHOW_MORE_STEP) {
  const [state, setState] = useState({ key: resetKey, limit: step });
  const limit = Object.is(state.key, resetKey) ? state.limit : step;
  return {
    visible: items.slice(0, limit),
    hidden: Math.max(0, items.length - limit),
    showMore: () => setState({ key: resetKey, limit: limit + step }),
  };
}
