import { lazy, type ComponentType } from 'react';

/**
 * A component kept out of the first bundle, loaded when first rendered. `preload` fetches
 * it early (on hover or focus of the button that opens it) so the first click opens at once.
 * A failed load is forgotten, so the next attempt fetches again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () => {
    pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return {
    Component: lazy(get),
    preload: () => {
      get().catch(() => undefined);
    },
  };
}
