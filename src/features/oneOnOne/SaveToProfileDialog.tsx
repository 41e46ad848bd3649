import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { agendaAnswerInputSchema, savedToProfileSchema, type SavedToProfile } from '@domain/manager/profileCapture';
import { PROFILE_FIELDS } from '@domain/manager/profileFields';
import { profileTargetOf, type ProfileTarget } from '@domain/manager/profileTargets';
import type { QuestionId } from '@domain/questionBank';
import type { AgendaItem } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { newIdempotencyKey } from '../../shared/api/client';
import { useRequestForm } from '../../shared/api/useRequestForm';
import { NO_LONGER_ON_AGENDA } from './agendaForm';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { AnswerFields } from './AnswerFields';
import { todayIsoDate } from '../../shared/ui/localDate';
import { oneOf } from '../../shared/ui/oneOf';

const TARGETS: readonly { readonly value: ProfileTarget; readonly label: string }[] = [
  { value: 'priority', label: 'A new priority of theirs' },
  ...PROFILE_FIELDS.map((field) => ({ value: field.id, label: field.label })),
];
const FIELDS = ['target', 'text', 'notedOn'];

/** Props of {@link SaveToProfileDialog}. */
export interface SaveToProfileDialogProps {
  /** The agenda's API collection. */
  readonly collection: string;
  readonly item: AgendaItem & { readonly questionId: QuestionId };
  readonly onSaved: (saved: SavedToProfile) => void;
  readonly onClose: () => void;
}

/**
 * Puts what the manager said about a question from my bank into my private profile of how
 * they work, in one step: the field the question is about is chosen already and the 1:1's
 * outcome is the text. One Idempotency-Key per opening, so a double click saves it once.
 */
export function SaveToProfileDialog({ collection, item, onSaved, onClose }: SaveToProfileDialogProps) {
  const api = useApi();
  const [initial] = useState(() => ({ target: profileTargetOf(item.questionId) ?? 'success', text: item.outcome, notedOn: todayIsoDate() }));
  const [draft, setDraft] = useState(initial);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const request = useRequestForm(FIELDS, { notFound: NO_LONGER_ON_AGENDA });

  const submit = () =>
    request.run(agendaAnswerInputSchema, draft, async (body) => {
      onSaved(savedToProfileSchema.parse(await api.send<unknown>('POST', `${collection}/${encodeURIComponent(item.id)}/save-to-profile`, body, { idempotencyKey })));
    });

  return (
    <ItemFormDialog
      title="Save to my manager profile"
      submitLabel="Save to profile"
      busy={request.busy}
      dirty={JSON.stringify(draft) !== JSON.stringify(initial)}
      onSubmit={submit}
      onClose={onClose}
      notices={<FormNotices noun="entry" conflict={undefined} formErrors={request.formErrors} onRestoreMine={() => undefined} />}
    >
      <Field label="Where it goes" hint="Your profile of your manager is private: they never see it." {...fieldValidation(request.fieldErrors.target)}>
        <Select value={draft.target} onChange={(_event, data) => setDraft({ ...draft, target: oneOf(TARGETS.map((target) => target.value), data.value) ?? draft.target })}>
          {TARGETS.map((target) => (
            <option key={target.value} value={target.value}>
              {target.label}
            </option>
          ))}
        </Select>
      </Field>
      <AnswerFields
        question={item.title}
        text={draft.text}
        day={draft.notedOn}
        textError={request.fieldErrors.text}
        dayError={request.fieldErrors.notedOn}
        onText={(text) => setDraft({ ...draft, text })}
        onDay={(notedOn) => setDraft({ ...draft, notedOn })}
      />
    </ItemFormDialog>
  );
}
