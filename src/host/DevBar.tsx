import { Caption1, Combobox, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ThemeName } from './host';
import { LocalChatStarter } from './LocalChatStarter';
import { DEV_USERS, type LocalHost } from './localHost';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: { minWidth: '12rem' },
});

const THEME_LABELS: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

/** Outside Teams only: who am I (any name works; two windows make a 1:1), which Teams theme, and a local 1:1 chat to open. */
export function DevBar({ host, theme }: { host: LocalHost; theme: ThemeName }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(host.userName);
  const commit = (name: string) => {
    const trimmed = name.trim();
    if (trimmed !== '' && trimmed !== host.userName) host.switchUser(trimmed);
  };
  return (
    <div className={styles.bar} role="region" aria-label="Local development">
      <Caption1>Local mode (outside Teams)</Caption1>
      <Field label="Signed in as" className={styles.field}>
        <Combobox
          freeform
          value={draft}
          selectedOptions={[host.userName]}
          onChange={(event) => setDraft(event.target.value)}
          onOptionSelect={(_event, data) => commit(data.optionText ?? '')}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(draft);
          }}
        >
          {DEV_USERS.map((user) => (
            <Option key={user}>{user}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Theme" className={styles.field}>
        <Dropdown
          value={THEME_LABELS[theme]}
          selectedOptions={[theme]}
          onOptionSelect={(_event, data) => host.setTheme(data.optionValue as ThemeName)}
        >
          {(Object.keys(THEME_LABELS) as ThemeName[]).map((name) => (
            <Option key={name} value={name}>
              {THEME_LABELS[name]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <LocalChatStarter userName={host.userName} />
    </div>
  );
}
