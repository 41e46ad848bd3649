import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, Suspense, createRef, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedLoads } from './lazyWithPreload';

/** Props of {@link LoadBoundary}. */
export interface LoadBoundaryProps {
  readonly children: ReactNode;
  /**
   * Gives up on what was being opened (closes the dialog that could not load). Without it
   * (a whole screen, where there is nothing to go back to) only Retry is offered.
   */
  readonly onCancel?: () => void;
  /** Shown while the code loads; nothing by default, as a dialog opens at once once loaded. */
  readonly fallback?: ReactNode;
}

/**
 * Where code loaded on demand renders (a section's dialogs, the chat and config screens, the
 * dev bar): `fallback` while it loads, and when
 * it cannot be loaded, says so in
 * place, with Retry and Cancel, instead of letting the crash take the whole tab down. Focus
 * moves to Retry, so it does not fall to the page, and Esc cancels as it would close a dialog.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  private readonly retryButton = createRef<HTMLButtonElement>();

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Upward could not load part of the tab', error, info.componentStack);
  }

  override componentDidUpdate(_props: LoadBoundaryProps, previous: { failed: boolean }): void {
    if (this.state.failed && !previous.failed) this.retryButton.current?.focus();
  }

  private readonly retry = () => {
    retryFailedLoads();
    this.setState({ failed: false });
  };

  private readonly cancel = () => {
    this.setState({ failed: false });
    this.props.onCancel?.();
  };

  override render(): ReactNode {
    if (!this.state.failed) return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
    const cancellable = this.props.onCancel !== undefined;
    return (
      <MessageBar
        intent="error"
        role="alert"
        layout="multiline"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && cancellable) this.cancel();
        }}
      >
        <MessageBarBody>
          <MessageBarTitle>Could not open this</MessageBarTitle>
          This part of Upward could not be loaded. Check your connection, then press Retry.
        </MessageBarBody>
        <MessageBarActions>
          <Button ref={this.retryButton} appearance="primary" onClick={this.retry}>
            Retry
          </Button>
          {cancellable ? <Button onClick={this.cancel}>Cancel</Button> : null}
        </MessageBarActions>
      </MessageBar>
    );
  }
}
