import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { openPersonalPage } from '../../host/personalTabLink';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Whether the viewer is this 1:1's employee: only they write progress updates to their manager. */
export const isEmployee = (space: Pick<OneOnOneSpace, 'roles' | 'me'>) => space.roles !== null && space.roles.employee === space.me;

/** "Write an update": opens the personal tab's progress update, set to send into this chat. */
export function WriteUpdateButton({ chatId }: { readonly chatId: string }) {
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    openPersonalPage(`updates?${new URLSearchParams({ chatId }).toString()}`).catch(() => setFailed(true));
  };
  return (
    <div className={styles.row}>
      <Button icon={<DocumentTextRegular />} onClick={open}>
        Write an update
      </Button>
      {failed ? (
        <Text role="alert" className={styles.error}>
          Teams did not open it. Open Upward from the left rail and choose Progress update.
        </Text>
      ) : null}
    </div>
  );
}
