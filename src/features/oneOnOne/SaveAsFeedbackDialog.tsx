import { useState } from 'react';
import { agendaFeedbackInputSchema } from '@domain/feedback';
import type { AgendaItem } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { newIdempotencyKey } from '../../shared/api/client';
import { useRequestForm } from '../../shared/api/useRequestForm';
import { NO_LONGER_ON_AGENDA } from './agendaForm';
import { FormNotices } from '../../shared/ui/FormNotices';
import { ItemFormDialog } from '../../shared/ui/ItemFormDialog';
import { AnswerFields } from './AnswerFields';
import { todayIsoDate } from '../../shared/ui/localDate';

const FIELDS = ['text', 'receivedOn'];

/** Props of {@link SaveAsFeedbackDialog}. */
export interface SaveAsFeedbackDialogProps {
  /** The agenda's API collection. */
  readonly collection: string;
  readonly item: AgendaItem;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/**
 * Keeps what was said about a feedback question as my own private feedback, from the other
 * person of the 1:1, in one step: the outcome is the text. One Idempotency-Key per opening.
 */
export function SaveAsFeedbackDialog({ collection, item, onSaved, onClose }: SaveAsFeedbackDialogProps) {
  const api = useApi();
  const [initial] = useState(() => ({ text: item.outcome, receivedOn: todayIsoDate() }));
  const [draft, setDraft] = useState(initial);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const request = useRequestForm(FIELDS, { notFound: NO_LONGER_ON_AGENDA });

  const submit = () =>
    request.run(agendaFeedbackInputSchema, draft, async (body) => {
      await api.send('POST', `${collection}/${encodeURIComponent(item.id)}/save-as-feedback`, body, { idempotencyKey });
      onSaved();
    });

  return (
    <ItemFormDialog
      title="Save as my feedback"
      submitLabel="Save feedback"
      busy={request.busy}
      dirty={JSON.stringify(draft) !== JSON.stringify(initial)}
      onSubmit={submit}
      onClose={onClose}
      notices={<FormNotices noun="feedback" conflict={undefined} formErrors={request.formErrors} onRestoreMine={() => undefined} />}
    >
      <p>Saved to your private Feedback in Upward; the other person never sees it there.</p>
      <AnswerFields
        question={item.title}
        text={draft.text}
        day={draft.receivedOn}
        textError={request.fieldErrors.text}
        dayError={request.fieldErrors.receivedOn}
        onText={(text) => setDraft({ ...draft, text })}
        onDay={(receivedOn) => setDraft({ ...draft, receivedOn })}
      />
    </ItemFormDialog>
  );
}
