import { Button, Caption1, Field, Input, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ChatAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { DEV_USERS } from './localHost';
import { chatTabHash, startLocalChat } from './localChat';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS },
  field: { minWidth: '12rem' },
  error: { color: tokens.colorPaletteRedForeground1, alignSelf: 'center' },
});

/**
 * Outside Teams: "Start a local 1:1 chat with…" another dev user. Adds Upward to a chat of the
 * two, as Teams would, and opens its chat tab; switching user keeps the chat open.
 */
export function LocalChatStarter({ userName }: { userName: string }) {
  const styles = useStyles();
  const others = DEV_USERS.filter((user) => user !== userName);
  const [other, setOther] = useState<string>(others[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const suggestions = useId('dev-users-');

  const start = async () => {
    const name = other.trim();
    if (name === '' || name === userName) {
      setError('Pick someone other than yourself.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      window.location.hash = chatTabHash(await startLocalChat(userName, name));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The local host did not answer.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field label="Start a local 1:1 chat with" className={styles.field}>
        {/* A native suggestion list: any name works, the dev users are offered. */}
        <Input
          value={other}
          input={{ list: suggestions }}
          onChange={(_event, data) => setOther(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void start();
          }}
        />
      </Field>
      <datalist id={suggestions}>
        {others.map((user) => (
          <option key={user} value={user} />
        ))}
      </datalist>
      <Button icon={<ChatAddRegular />} disabledFocusable={busy} onClick={() => void start()}>
        {busy ? 'Starting…' : 'Start chat'}
      </Button>
      {error === undefined ? null : (
        <Caption1 role="alert" className={styles.error}>
          {error}
        </Caption1>
      )}
    </div>
  );
}
