import { Button, Caption1, Combobox, Dropdown, Field, Option, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ThemeName } from './host';
import { LocalChatStarter } from './LocalChatStarter';
import { DEV_USERS, type LocalHost } from './localHost';

// Below this width the settings fold behind a disclosure, so the bar is one line on a phone.
const NARROW = '@media screen and (max-width: 600px)';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, gap: tokens.spacingVerticalS },
  },
  summary: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    alignSelf: 'center',
    [NARROW]: { flexBasis: '100%' },
  },
  toggle: { display: 'none', [NARROW]: { display: 'inline-flex' } },
  settings: { display: 'contents', [NARROW]: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS, flexBasis: '100%' } },
  folded: { [NARROW]: { display: 'none' } },
  field: { minWidth: '12rem' },
});

const THEME_LABELS: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

/**
 * Outside Teams only: who am I (any name works; two windows make a 1:1), which Teams theme, and a
 * local 1:1 chat to open. On a phone the settings fold behind a "Local settings" disclosure.
 */
export function DevBar({ host, theme }: { host: LocalHost; theme: ThemeName }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(host.userName);
  const [unfolded, setUnfolded] = useState(false);
  const settingsId = useId('dev-settings-');
  const commit = (name: string) => {
    const trimmed = name.trim();
    if (trimmed !== '' && trimmed !== host.userName) host.switchUser(trimmed);
  };
  return (
    <div className={styles.bar} role="region" aria-label="Local development">
      <div className={styles.summary}>
        <Caption1>Local mode (outside Teams)</Caption1>
        <Button
          className={styles.toggle}
          appearance="subtle"
          size="small"
          icon={unfolded ? <ChevronUpRegular /> : <ChevronDownRegular />}
          iconPosition="after"
          aria-expanded={unfolded}
          aria-controls={settingsId}
          onClick={() => setUnfolded(!unfolded)}
        >
          Local settings
        </Button>
      </div>
      <div id={settingsId} className={mergeClasses(styles.settings, !unfolded && styles.folded)}>
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
    </div>
  );
}
