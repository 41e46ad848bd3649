import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { DownloadFile, DownloadLink } from '@domain/downloads';
import { useApi } from '../api/ApiContext';
import { failureMessage } from '../api/client';
import { env } from '../env';
import { formatClockTime } from './formatDate';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

type State = { readonly status: 'idle' | 'preparing' } | { readonly status: 'ready'; readonly link: DownloadLink } | { readonly status: 'failed'; readonly error: unknown };

/** Props of {@link PreparedDownload}. */
export interface PreparedDownloadProps {
  readonly file: DownloadFile;
  /** The button: "Prepare my download". */
  readonly prepareLabel: string;
  /** The link once ready: "Download upward-export.json". */
  readonly linkText: string;
  readonly icon?: ReactElement;
}

/**
 * A file of my data in two steps: the API makes a short-lived link, then the user opens
 * it. A link, not a file the tab fetched: Teams lets a tab hand over a fetched file once at
 * most (desktop) or never (mobile), while a link opens in the browser everywhere. Mount it
 * with a `key` that changes with `file`, so a link never serves an older choice.
 */
export function PreparedDownload({ file, prepareLabel, linkText, icon }: PreparedDownloadProps) {
  const styles = useStyles();
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'idle' });
  const prepare = async () => {
    setState({ status: 'preparing' });
    try {
      setState({ status: 'ready', link: await api.send<DownloadLink>('POST', '/me/downloads', file) });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return (
    <div className={styles.root}>
      {state.status === 'ready' ? (
        <Text as="p" role="status" className={styles.text}>
          Ready:{' '}
          <a href={`${env.apiBaseUrl}/api${state.link.path}`} target="_blank" rel="noopener noreferrer">
            {linkText}
          </a>{' '}
          (the link works until {formatClockTime(state.link.expiresAt)}).
        </Text>
      ) : (
        <Button icon={icon ?? <ArrowDownloadRegular />} disabledFocusable={state.status === 'preparing'} onClick={() => void prepare()}>
          {state.status === 'preparing' ? 'Preparing…' : prepareLabel}
        </Button>
      )}
      {state.status === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The file could not be prepared: {failureMessage(state.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
