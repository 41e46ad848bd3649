import { Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { WEEKDAY_NAMES } from '@domain/cadence';
import type { ChatSettings } from '@domain/oneOnOneRoles';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { useDateInputStyles } from '../../shared/ui/useDateInputStyles';
import { cadenceDraft, cadenceFromDraft, type CadenceDraft } from './cadenceForm';
import { viewerTimeZone } from './roleText';
import { useSettingsChange } from './useSettingsChange';

/**
 * Sets when the 1:1 happens: every week or every other week on a weekday, or once on a date,
 * at a time in the setter's own time zone. Sent with the settings version shown.
 */
export function CadenceDialog({
  chatId,
  settings,
  onSaved,
  onConflict,
  onClose,
}: {
  chatId: string;
  settings: ChatSettings;
  /** Saved: the caller closes the dialog. */
  onSaved: (settings: ChatSettings) => void;
  /** The other person changed the settings first: theirs, to show. */
  onConflict: (current: ChatSettings) => void;
  onClose: () => void;
}) {
  const dateInput = useDateInputStyles();
  const [draft, setDraft] = useState<CadenceDraft>(() => cadenceDraft(settings.cadence));
  // What the draft started from (or was reset to after a conflict): closing asks first only when it differs.
  const [baseline, setBaseline] = useState<CadenceDraft>(draft);
  const [version, setVersion] = useState(settings.version);
  const [notice, setNotice] = useState<string>();
  const { busy, change } = useSettingsChange(chatId);
  const set = (field: keyof CadenceDraft, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const timeZone = viewerTimeZone();

  const submit = async (): Promise<boolean> => {
    const cadence = cadenceFromDraft(draft, timeZone);
    if (cadence !== null && 'error' in cadence) {
      setNotice(cadence.error);
      return false;
    }
    const outcome = await change({ cadence }, version);
    if (outcome.kind === 'saved') {
      onSaved(outcome.settings);
      return true;
    }
    if (outcome.kind === 'conflict') {
      onConflict(outcome.current);
      setVersion(outcome.current.version);
      const current = cadenceDraft(outcome.current.cadence);
      setDraft(current);
      setBaseline(current);
      setNotice('The other person changed when you meet a moment ago. Their choice is shown now: check it and save again if you still want yours.');
    } else setNotice(outcome.message);
    return false;
  };

  return (
    <ItemFormDialog
      title="When we meet"
      submitLabel="Save"
      busy={busy}
      dirty={JSON.stringify(draft) !== JSON.stringify(baseline)}
      onSubmit={submit}
      onClose={onClose}
      notices={
        notice === undefined ? undefined : (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )
      }
    >
      <Field label="How often">
        <Select value={draft.kind} onChange={(_event, data) => set('kind', data.value)}>
          <option value="weekly">Every week</option>
          <option value="biweekly">Every other week</option>
          <option value="once">Once, on a date</option>
          <option value="none">No set time</option>
        </Select>
      </Field>
      {draft.kind === 'weekly' || draft.kind === 'biweekly' ? (
        <Field label="Day">
          <Select value={draft.weekday} onChange={(_event, data) => set('weekday', data.value)}>
            {WEEKDAY_NAMES.map((day, index) => (
              <option key={day} value={String(index + 1)}>
                {day}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {draft.kind === 'once' || draft.kind === 'biweekly' ? (
        <Field label={draft.kind === 'once' ? 'Date' : 'Starting from'}>
          <Input type="date" input={{ className: dateInput.input }} value={draft.date} onChange={(_event, data) => set('date', data.value)} />
        </Field>
      ) : null}
      {draft.kind === 'none' ? null : (
        <Field label="Time" hint={`Your time zone: ${timeZone}`}>
          <Input type="time" value={draft.time} onChange={(_event, data) => set('time', data.value)} />
        </Field>
      )}
    </ItemFormDialog>
  );
}
