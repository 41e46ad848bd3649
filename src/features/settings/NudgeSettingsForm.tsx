import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { WEEKDAY_NAMES } from '@domain/cadence';
import { nudgeSettingsSchema, type NudgeSettings } from '@domain/nudges/nudgeSettings';
import { toFieldErrors } from '@domain/problems';
import { nudgeSettingsViewSchema, type NudgeSettingsView } from '@domain/nudges/nudgeSettingsView';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { splitFieldErrors } from '../../shared/api/useItemForm';
import { withMembership } from '../../shared/ui/setMembership';

/** The four switches, in the order the nudges come in a week, each with what it sends. */
const NUDGE_SWITCHES: readonly { readonly key: keyof NudgeSettings['switches']; readonly label: string; readonly hint: string }[] = [
  { key: 'commitmentDue', label: 'Commitments coming due', hint: 'The day before a commitment is due, on the day, and the day after, with Mark done and New date.' },
  { key: 'oneOnOneTomorrow', label: '1:1 tomorrow', hint: 'The day before each 1:1: the agenda so far, open heads-ups and what you agreed last time, with Add talking point.' },
  { key: 'updateDue', label: 'Update due', hint: 'On the day your manager expects an update (from the cadence in their profile), unless you already sent it.' },
  { key: 'weeklyWins', label: 'Log your wins', hint: 'Once a week, on the day you pick below.' },
];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  switches: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  days: { display: 'flex', flexWrap: 'wrap', border: 'none', margin: 0, padding: 0, columnGap: tokens.spacingHorizontalS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
});

/** The fields that show their own errors. */
const FIELDS = ['timeZone', 'winsDay', 'workingHours.start', 'workingHours.end', 'workingHours.days'];

/** Every IANA time zone the browser knows, with the user's own first if it is missing from the list. */
function timeZones(current: string): readonly string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/** Props of {@link NudgeSettingsForm}. */
export interface NudgeSettingsFormProps {
  readonly view: NudgeSettingsView;
  readonly onSaved: (view: NudgeSettingsView) => void;
  /** Someone saved first (another window): here is what is in force now (undefined: load it). The form is remounted with it, so the page says so. */
  readonly onStale: (current: NudgeSettingsView | undefined) => void;
  readonly announce: (text: string) => void;
}

/**
 * My nudge settings: each of the four nudges on or off, the day for "log your wins", my time
 * zone and working hours (the bot writes only inside them). Checked with the contract before saving; saved with If-Match.
 */
export function NudgeSettingsForm({ view, onSaved, onStale, announce }: NudgeSettingsFormProps) {
  const styles = useStyles();
  const api = useApi();
  const [draft, setDraft] = useState<NudgeSettings>(view.settings);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone]);
  const hours = draft.workingHours;
  const setHours = (change: Partial<NudgeSettings['workingHours']>) => setDraft({ ...draft, workingHours: { ...hours, ...change } });

  const save = async () => {
    const parsed = nudgeSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(splitFieldErrors(toFieldErrors(parsed.error), FIELDS).byField);
      return;
    }
    setErrors({});
    setProblem(undefined);
    setBusy(true);
    try {
      const saved = await api.send<NudgeSettingsView>('PUT', '/me/nudge-settings', parsed.data, view.version === null ? {} : { etag: view.version });
      onSaved(saved);
      announce('Nudge settings saved');
    } catch (error) {
      // 412: saved since I loaded; 428: first saved elsewhere while I still had the defaults.
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        const current = nudgeSettingsViewSchema.safeParse(error.problem?.current);
        onStale(current.success ? current.data : undefined);
      } else if (error instanceof ApiError && error.status === 400) setErrors(error.fieldErrors);
      else setProblem(`Nothing was saved: ${failureMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.switches}>
        <legend className={styles.legend}>What Upward reminds me of, in my chat with it</legend>
        {NUDGE_SWITCHES.map(({ key, label, hint }) => (
          <Field key={key} hint={hint}>
            <Switch label={label} checked={draft.switches[key]} onChange={(_event, data) => setDraft({ ...draft, switches: { ...draft.switches, [key]: data.checked } })} />
          </Field>
        ))}
      </fieldset>
      <Field label="Day to log my wins" validationMessage={errors.winsDay} hint="The wins reminder comes at the start of your working hours that day (the working day before, if it is a day off).">
        <Select value={String(draft.winsDay)} onChange={(_event, data) => setDraft({ ...draft, winsDay: Number(data.value) })}>
          {WEEKDAY_NAMES.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="My time zone" validationMessage={errors.timeZone} hint="Teams told us this one; change it when you travel or move.">
        <Select value={draft.timeZone} onChange={(_event, data) => setDraft({ ...draft, timeZone: data.value })}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label="Working hours start" validationMessage={errors['workingHours.start']}>
          <Input type="time" value={hours.start} onChange={(_event, data) => setHours({ start: data.value })} />
        </Field>
        <Field label="and end" validationMessage={errors['workingHours.end']}>
          <Input type="time" value={hours.end} onChange={(_event, data) => setHours({ end: data.value })} />
        </Field>
      </div>
      {/* Not inside a Field: a Field gives its one control id to every checkbox in it. */}
      <fieldset className={styles.days} aria-describedby={errors['workingHours.days'] === undefined ? undefined : 'working-days-error'}>
        <legend className={styles.legend}>Working days (nothing is sent on other days, or outside your hours)</legend>
        {WEEKDAY_NAMES.map((name, index) => (
          <Checkbox key={name} label={name} checked={hours.days.includes(index + 1)} onChange={(_event, data) => setHours({ days: [...withMembership(new Set(hours.days), index + 1, data.checked === true)].sort((a, b) => a - b) })} />
        ))}
        {errors['workingHours.days'] === undefined ? null : (
          <Text id="working-days-error" className={styles.error}>
            {errors['workingHours.days']}
          </Text>
        )}
      </fieldset>
      {problem === undefined ? null : (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {busy ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
