import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { oneOnOneSpaceSchema, type OneOnOneSpace } from '@domain/oneOnOne';
import { chatSettingsSchema, roleOf, type Roles } from '@domain/oneOnOneRoles';
import { useApi } from '../../shared/api/ApiContext';
import { failureMessage } from '../../shared/api/client';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

const chatBase = (chatId: string) => `/chats/${encodeURIComponent(chatId)}`;

/**
 * Who is who, asked while the tab is being added: the choice is stored with the chat at once,
 * so the tab opens speaking to each person in their role. Either can change it in the tab.
 * Where the chat is not known yet (Teams has not told the bot), it is left to the tab.
 */
export function RoleChoice({ chatId }: { chatId: string | undefined }) {
  const styles = useStyles();
  const api = useApi();
  const [space, setSpace] = useState<OneOnOneSpace>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (chatId === undefined) return;
    let stale = false;
    api
      .get<unknown>(`${chatBase(chatId)}/space`)
      .then((body) => {
        if (!stale) setSpace(oneOnOneSpaceSchema.parse(body));
      })
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [api, chatId]);

  const other = space?.members.find((member) => member.objectId.toLowerCase() !== space.me);
  if (chatId === undefined || space === undefined || other === undefined || space.members.length !== 2) {
    return <Body1 as="p">Once the tab is added, say in it which of you is the employee and which the manager.</Body1>;
  }
  const current = roleOf(space.roles, space.me);
  const otherName = other.name.trim() === '' ? 'the other person' : other.name;

  const choose = async (roles: Roles, said: string) => {
    setBusy(true);
    try {
      const saved = chatSettingsSchema.parse(await api.send<unknown>('PUT', `${chatBase(chatId)}/settings`, { roles }, space.settings.version === null ? {} : { etag: space.settings.version }));
      setSpace({ ...space, roles: saved.roles, settings: saved });
      setMessage(said);
    } catch (error) {
      setMessage(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.box} role="group" aria-labelledby="config-roles">
      <Subtitle2 as="h2" id="config-roles" className={styles.text}>
        Who is who in this 1:1?
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {current === undefined ? 'Each of you then gets the questions that fit your role. Either of you can change this in the tab.' : `You are the ${current}. Either of you can change this in the tab.`}
      </Body1>
      <div className={styles.row}>
        <Button appearance={current === 'employee' ? 'primary' : 'secondary'} disabled={busy} aria-pressed={current === 'employee'} onClick={() => void choose({ employee: space.me, manager: other.objectId.toLowerCase() }, `Saved: you are the employee; ${otherName} is the manager.`)}>
          I’m the employee
        </Button>
        <Button appearance={current === 'manager' ? 'primary' : 'secondary'} disabled={busy} aria-pressed={current === 'manager'} onClick={() => void choose({ employee: other.objectId.toLowerCase(), manager: space.me }, `Saved: you are the manager; ${otherName} is the employee.`)}>
          I’m the manager
        </Button>
      </div>
      {message === undefined ? null : (
        <Body1 as="p" role="status" className={styles.text}>
          {message}
        </Body1>
      )}
    </div>
  );
}
