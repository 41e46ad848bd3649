import { Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import { whatChangedAgendaItem, type Feedback } from '@domain/feedback';
import { useApi } from '../../shared/api/ApiContext';
import { newIdempotencyKey } from '../../shared/api/client';
import { ShareDialog } from './ShareDialog';

/** Props of {@link TellDialog}. */
export interface TellDialogProps {
  readonly feedback: Feedback;
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

/** "Tell them what changed": the suggestion and what I changed, for the next 1:1; who gave it only if I tick it. */
export function TellDialog({ feedback, onDone, onClose }: TellDialogProps) {
  const api = useApi();
  const [nameGiver, setNameGiver] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const item = whatChangedAgendaItem(feedback, nameGiver);
  if (item === undefined) return null;
  return (
    <ShareDialog
      title="Tell them what changed"
      copyText={`${item.title}: ${item.notes}`}
      onAdd={(chatId) => api.send('POST', `/chats/${encodeURIComponent(chatId)}/agenda/tell-what-changed`, { feedbackId: feedback.id, nameGiver }, { idempotencyKey: `${key}-${String(nameGiver)}` }).then(() => true)}
      onDone={onDone}
      onClose={onClose}
    >
      <p>
        <strong>{item.title}</strong>
      </p>
      <p>{item.notes}</p>
      <Checkbox label={`Name ${feedback.giver} in it`} checked={nameGiver} onChange={(_event, data) => setNameGiver(data.checked === true)} />
    </ShareDialog>
  );
}
