import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Loads that failed, by the reset that lets each try again: React.lazy keeps a rejection for
// good, so a retry needs a fresh lazy component.
const failed = new Set<() => void>();

/**
 * Makes every lazy component whose code failed to load (offline, a deploy in between) fetch
 * again on its next render. {@link LoadBoundary}'s Retry calls it.
 */
export function retryFailedLoads(): void {
  for (const reset of failed) reset();
  failed.clear();
}

/**
 * A component kept out of the first bundle, loaded when first rendered. `preload` fetches
 * it early (on hover or focus of the button that opens it) so the first click opens at once.
 * A failed load throws to the nearest {@link LoadBoundary}, which offers Retry; it is
 * forgotten, so the retry fetches again.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const get = () => {
    pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = undefined;
        failed.add(reset);
        throw error;
      },
    );
    return pending;
  };
  let current: LazyExoticComponent<ComponentType<P>> = lazy(get);
  const reset = () => {
    current = lazy(get);
  };
  function Component(props: P) {
    return createElement(current, props);
  }
  return {
    Component,
    preload: () => {
      get().catch(() => undefined);
    },
  };
}
