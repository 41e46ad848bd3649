import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';

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
 * The address a failed dynamic import names in its error, with a query that makes it new.
 * Chromium remembers a failed module fetch for the life of the page, so importing the same
 * address again fails without touching the network; a new address fetches the same file.
 */
export function addressToRetry(error: unknown, attempt: number): string | undefined {
  const named = error instanceof Error ? /https?:\/\/[^\s'"]+/.exec(error.message)?.[0] : undefined;
  if (named === undefined) return undefined;
  const address = new URL(named);
  address.searchParams.set('retry', String(attempt));
  return address.href;
}

function importAgain(address: string): Promise<unknown> {
  return import(/* @vite-ignore */ address);
}

/**
 * A component kept out of the first bundle, loaded when first rendered: `load` imports its
 * module and `pick` takes the component from it. `preload` fetches it early (on hover or
 * focus of the button that opens it) so the first click opens at once. A failed load throws
 * to the nearest {@link LoadBoundary}, which offers Retry; the retry fetches the file again.
 */
export function lazyWithPreload<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  let loaded: ComponentType<P> | undefined;
  let lastError: unknown;
  let attempts = 0;
  const fetchModule = (): Promise<M> => {
    const address = attempts === 0 ? undefined : addressToRetry(lastError, attempts);
    // The file fetched again under a new address is the same module `load` names.
    return address === undefined ? load() : (importAgain(address) as Promise<M>);
  };
  const get = () => {
    pending ??= fetchModule().then(
      (module) => {
        loaded = pick(module);
        return { default: loaded };
      },
      (error: unknown) => {
        pending = undefined;
        lastError = error;
        attempts += 1;
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
    // Code already here renders in the same commit: through lazy it would suspend once more,
    // and React holds a revealed Suspense boundary back for up to 300 ms. Kept per mount, so a
    // component first shown through lazy is not remounted when its code arrives.
    const [type] = useState<ComponentType<P>>(() => loaded ?? current);
    return createElement(type, props);
  }
  return {
    Component,
    preload: () => {
      get().catch(() => undefined);
    },
    /** Settles once the code has loaded or failed to: a failure is left for the render to show. */
    settled: (): Promise<void> =>
      get().then(
        () => undefined,
        () => undefined,
      ),
  };
}
