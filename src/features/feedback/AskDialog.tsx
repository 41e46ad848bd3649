import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { FeedbackItem } from '@domain/feedback';
import { titleSchema } from '@domain/common';
import { useApi } from '../../shared/api/ApiContext';
import { newIdempotencyKey } from '../../shared/api/client';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { feedbackItemKey } from '../../shared/feedbackAsk';
import { AboutField } from './AboutField';
import { suggestedQuestion } from './feedbackText';
import { ShareDialog } from './ShareDialog';

/** Props of {@link AskDialog}. */
export interface AskDialogProps {
  readonly items: readonly FeedbackItem[];
  /** The item picked at first (see feedbackItemKey), as when asked from its card. */
  readonly about?: string;
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

/** "Ask for feedback": a question about one of my items (or on its own), for the next 1:1's agenda as a feedback question, or copied. */
export function AskDialog({ items, about: firstPicked = '', onDone, onClose }: AskDialogProps) {
  const api = useApi();
  const picked = (key: string) => items.find((item) => feedbackItemKey(item) === key);
  const [about, setAbout] = useState(firstPicked);
  const [question, setQuestion] = useState(() => suggestedQuestion(picked(firstPicked)));
  const [key] = useState(newIdempotencyKey);
  const [error, setError] = useState<string>();
  const pick = (value: string) => {
    // A question still as suggested follows the item picked; one the user wrote stays.
    if (question === suggestedQuestion(picked(about))) setQuestion(suggestedQuestion(picked(value)));
    setAbout(value);
  };
  const add = async (chatId: string) => {
    const title = titleSchema.safeParse(question);
    if (!title.success) {
      setError(title.error.issues[0]?.message);
      return false;
    }
    await api.send('POST', `/chats/${encodeURIComponent(chatId)}/agenda`, { title: title.data, kind: 'question', feedbackQuestion: true }, { idempotencyKey: key });
    return true;
  };
  return (
    <ShareDialog title="Ask for feedback" copyText={question} onAdd={add} onDone={onDone} onClose={onClose}>
      <AboutField items={items} value={about} onChange={pick} />
      <Field label="My question" required {...fieldValidation(error)}>
        <Textarea resize="vertical" value={question} onChange={(_event, data) => {
          setError(undefined);
          setQuestion(data.value);
        }} />
      </Field>
    </ShareDialog>
  );
}
