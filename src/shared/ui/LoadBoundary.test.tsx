import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { lazyWithPreload } from './lazyWithPreload';
import { LoadBoundary } from './LoadBoundary';
import { renderWithApi } from './testSupport';

function Loaded() {
  return <p>The form is here</p>;
}

function Crash(): never {
  throw new Error('boom');
}

const noSend = () => Promise.reject(new Error('This test does not write.'));

describe('LoadBoundary', () => {
  it('shows code that failed to load as an error in place, with Retry that loads it again', async () => {
    const load = vi.fn<() => Promise<typeof Loaded>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(Loaded);
    const dialog = lazyWithPreload(load, (component) => component);
    const onCancel = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApi(
      <ErrorBoundary>
        <p>The rest of the tab</p>
        <LoadBoundary onCancel={onCancel}>
          <dialog.Component />
        </LoadBoundary>
      </ErrorBoundary>,
      noSend,
    );
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByText(/could not be loaded\. Check your connection, then press Retry/)).toBeTruthy();
    expect(screen.getByText('The rest of the tab')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(retry));
    await userEvent.click(retry);
    expect(await screen.findByText('The form is here')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('Cancel and Esc give up on what was being opened', async () => {
    const dialog = lazyWithPreload(() => Promise.reject(new TypeError('offline')), (component: typeof Loaded) => component);
    const onCancel = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApi(
      <LoadBoundary onCancel={onCancel}>
        <dialog.Component />
      </LoadBoundary>,
      noSend,
    );
    await screen.findByRole('button', { name: 'Retry' });
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('a whole screen that failed to load offers Retry only, and shows its fallback while loading', async () => {
    const load = vi.fn<() => Promise<typeof Loaded>>().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue(Loaded);
    const page = lazyWithPreload(load, (component) => component);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApi(
      <LoadBoundary fallback={<p>Loading the screen</p>}>
        <page.Component />
      </LoadBoundary>,
      noSend,
    );
    expect(screen.getByText('Loading the screen')).toBeTruthy();
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Retry' })).toBe(retry);
    await userEvent.click(retry);
    expect(await screen.findByText('The form is here')).toBeTruthy();
  });
});

describe('ErrorBoundary', () => {
  it('offers a Reload button when a screen crashes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApi(
      <ErrorBoundary>
        <Crash />
      </ErrorBoundary>,
      noSend,
    );
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
