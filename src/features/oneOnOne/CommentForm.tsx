import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CommentRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { commitmentCommentInputSchema, commitmentCommentSchema, type CommitmentComment, type SharedCommitment } from '@domain/oneOnOne';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, newIdempotencyKey } from '../../shared/api/client';
import { chatPath } from './chatPaths';
import { limitedField } from '../../shared/ui/limitedField';
import { textLimit } from '../../shared/ui/textLimit';

const COMMENT_MAX = textLimit(commitmentCommentInputSchema.shape.text);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  field: { alignSelf: 'stretch' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * A comment on a shared commitment. One Idempotency-Key per comment written, so a retry
 * after a lost answer does not post it twice.
 */
export function CommentForm({ chatId, commitment, onAdded }: { chatId: string; commitment: SharedCommitment; onAdded: (comment: CommitmentComment) => void }) {
  const styles = useStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Collapsed until wanted, so a page of shared commitments is not a page of open text boxes.
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  const submit = async () => {
    const input = commitmentCommentInputSchema.safeParse({ commitmentId: commitment.id, ownerObjectId: commitment.ownerObjectId, text });
    if (!input.success) {
      setError(input.error.issues.find((issue) => issue.path[0] === 'text')?.message ?? 'That comment cannot be sent.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const comment = commitmentCommentSchema.parse(await api.send<unknown>('POST', chatPath(chatId, '/comments'), input.data, { idempotencyKey: key }));
      setText('');
      setKey(newIdempotencyKey());
      onAdded(comment);
      setOpen(false);
      requestAnimationFrame(() => opener.current?.focus());
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) setError('This commitment is no longer shared, so it cannot take comments.');
      else setError(caught instanceof ApiError ? caught.userMessage : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <Button ref={opener} size="small" icon={<CommentRegular />} aria-label={`Comment on “${commitment.title}”`} onClick={() => setOpen(true)}>
        Comment
      </Button>
    );
  }

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field
        className={styles.field}
        label={`Comment on “${commitment.title}”`}
        size="small"
        {...limitedField(text, COMMENT_MAX, undefined, error)}
      >
        <Textarea
          autoFocus
          value={text}
          resize="vertical"
          onChange={(_event, data) => {
            setText(data.value);
            // A changed comment is a new one: a retry of the old text must not be matched with it.
            setKey(newIdempotencyKey());
          }}
        />
      </Field>
      <div className={styles.actions}>
        {/* Focusable while sending, so focus stays here if the send fails. */}
        <Button type="submit" size="small" appearance="primary" disabledFocusable={busy}>
          {busy ? 'Sending…' : 'Add comment'}
        </Button>
        <Button
          size="small"
          onClick={() => {
            setOpen(false);
            setError(undefined);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
