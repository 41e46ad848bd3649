import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { Section } from '../../shared/ui/Section';
import { SubPageHeader } from '../../shared/ui/SubPageHeader';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { DeleteEverythingDialog } from './DeleteEverythingDialog';
import { DownloadSection } from './DownloadSection';
import { useMyDataStyles } from './useMyDataStyles';

/** "My data": download all of it as one file, or delete all of it. */
export function MyDataPage() {
  const styles = useMyDataStyles();
  const page = usePageStyles();
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  return (
    <main className={page.page}>
      <SubPageHeader title="My data" />
      <div className={page.columns}>
        <DownloadSection />
        <Section id="delete-heading" title="Delete everything">
          <Text as="p" className={styles.text}>Removes everything Upward keeps about you, for good. Your 1:1 chats keep their shared agendas and records.</Text>
          {deleted ? (
            <MessageBar intent="success" role="status">
              <MessageBarBody>Everything you kept in Upward is deleted. You can start again at any time.</MessageBarBody>
            </MessageBar>
          ) : (
            <Button className={styles.action} icon={<DeleteRegular />} onClick={() => setConfirming(true)}>
              Delete everything…
            </Button>
          )}
        </Section>
      </div>
      {confirming ? (
        <DeleteEverythingDialog
          onDeleted={() => {
            setConfirming(false);
            setDeleted(true);
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </main>
  );
}
