import { Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, PersonSwapRegular } from '@fluentui/react-icons';
import type { Manager } from '@domain/manager/managerProfile';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { profilesNewestFirst } from './managerPage';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of {@link ProfileHeader}; the handlers get the button pressed, so focus can return to it. */
export interface ProfileHeaderProps {
  readonly profiles: readonly Manager[];
  readonly shown: Manager;
  readonly isCurrent: boolean;
  readonly onPick: (profileId: string) => void;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onNewManager: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
}

/** Whose profile this is, a way to read earlier managers' profiles, and starting one for a new manager. */
export function ProfileHeader({ profiles, shown, isCurrent, onPick, onEdit, onNewManager, onDelete }: ProfileHeaderProps) {
  const styles = useStyles();
  const ordered = profilesNewestFirst(profiles);
  return (
    <div className={styles.header}>
      {ordered.length > 1 ? (
        <Field label="Profile">
          <Select value={shown.id} onChange={(_event, data) => onPick(data.value)}>
            {ordered.map((profile, index) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
                {index === 0 ? ' (current manager)' : ' (earlier manager)'}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Caption1 className={styles.muted}>
        {isCurrent ? 'My current manager' : 'An earlier manager'}
        {shown.since === undefined ? '' : `, since ${formatIsoDate(shown.since)}`}. Private: only you see this profile.
      </Caption1>
      <div className={styles.actions}>
        <Button appearance="subtle" icon={<EditRegular />} aria-label={`Edit manager: ${shown.name}`} onClick={(event) => onEdit(event.currentTarget)}>
          Edit
        </Button>
        <Button appearance="subtle" icon={<PersonSwapRegular />} onClick={(event) => onNewManager(event.currentTarget)}>
          New manager
        </Button>
        <Button appearance="subtle" icon={<DeleteRegular />} aria-label={`Delete the profile of ${shown.name}`} onClick={(event) => onDelete(event.currentTarget)}>
          Delete profile
        </Button>
      </div>
    </div>
  );
}
