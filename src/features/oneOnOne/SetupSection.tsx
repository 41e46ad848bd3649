import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSwapRegular, CalendarRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { ONE_ON_ONE_MEMBERS, type ChatSettings, type Roles } from '@domain/oneOnOneRoles';
import { useReturnFocus } from '../../shared/ui/useReturnFocus';
import { CadenceDialog } from './CadenceDialog';
import { nextMeetingText, rolesSentence, viewerTimeZone } from './roleText';
import { useSettingsChange } from './useSettingsChange';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

/**
 * Who is who in this 1:1 and when it happens. Until roles are set it asks, in one click;
 * either member can swap them later. A chat of more than two is told the tab is for two.
 */
export function SetupSection({ chatId, space, onSettings, announce }: { chatId: string; space: OneOnOneSpace; onSettings: (settings: ChatSettings) => void; announce: (text: string) => void }) {
  const styles = useStyles();
  const { busy, change } = useSettingsChange(chatId);
  const [editing, setEditing] = useState(false);
  const focus = useReturnFocus();
  const other = space.members.find((member) => member.objectId.toLowerCase() !== space.me);

  if (space.members.length > ONE_ON_ONE_MEMBERS) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The 1:1 tab is for two people</MessageBarTitle>
          This chat has {space.members.length} members. Upward’s 1:1 tab is meant for the chat between an employee and their manager, so it sets no roles and offers no questions here.
        </MessageBarBody>
      </MessageBar>
    );
  }

  const setRoles = async (roles: Roles, said: string) => {
    const outcome = await change({ roles }, space.settings.version);
    if (outcome.kind === 'failed') announce(outcome.message);
    else {
      onSettings(outcome.kind === 'saved' ? outcome.settings : outcome.current);
      announce(outcome.kind === 'saved' ? said : 'The other person set the roles a moment ago; the page shows theirs.');
    }
  };

  const roles = space.roles;
  return (
    <div className={styles.box}>
      {roles === null ? (
        other === undefined ? (
          <Body1 as="p" className={styles.text}>
            Once the other person is in this chat, say who is the employee and who is the manager.
          </Body1>
        ) : (
          <div className={styles.box} role="group" aria-labelledby="roles-question">
            <Body1 as="p" id="roles-question" className={styles.text}>
              Who is who in this 1:1? The page then offers each of you the questions that fit your role.
            </Body1>
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy} onClick={() => void setRoles({ employee: space.me, manager: other.objectId.toLowerCase() }, 'Roles set: you are the employee.')}>
                I’m the employee
              </Button>
              <Button disabled={busy} onClick={() => void setRoles({ employee: other.objectId.toLowerCase(), manager: space.me }, 'Roles set: you are the manager.')}>
                I’m the manager
              </Button>
            </div>
          </div>
        )
      ) : (
        <div className={styles.row}>
          <Body1 as="p" className={styles.text}>
            {rolesSentence(space)}
          </Body1>
          <Button size="small" appearance="subtle" icon={<ArrowSwapRegular />} disabled={busy} onClick={() => void setRoles({ employee: roles.manager, manager: roles.employee }, 'Roles swapped.')}>
            Swap roles
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Body1 as="p" className={styles.text}>
          {space.settings.nextMeeting === null ? 'No time set for your 1:1s yet.' : nextMeetingText(space.settings.nextMeeting, viewerTimeZone())}
        </Body1>
        <Button
          size="small"
          icon={<CalendarRegular />}
          onClick={(event) => {
            focus.remember(event.currentTarget);
            setEditing(true);
          }}
        >
          {space.settings.cadence === null ? 'Set when we meet' : 'Change when we meet'}
        </Button>
      </div>
      {editing ? (
        <CadenceDialog
          chatId={chatId}
          settings={space.settings}
          onSaved={(settings) => {
            onSettings(settings);
            announce(settings.nextMeeting === null ? 'No time set for your 1:1s.' : `Saved. ${nextMeetingText(settings.nextMeeting, viewerTimeZone())}`);
            setEditing(false);
            focus.restore(null);
          }}
          onConflict={onSettings}
          onClose={() => {
            setEditing(false);
            focus.restore(null);
          }}
        />
      ) : null}
    </div>
  );
}
