import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Catches a crash in a screen and says what to do, with the button to do it, instead of a blank tab. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Upward crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong</MessageBarTitle>
          Reload the tab. If it happens again, tell us what you were doing.
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
