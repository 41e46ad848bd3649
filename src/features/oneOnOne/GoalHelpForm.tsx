import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { GOAL_HELP_MAX, goalHelpInputSchema, goalHelpSchema, type GoalHelp } from '@domain/goalHelp';
import type { SharedGoal } from '@domain/oneOnOneShared';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { fieldValidation } from '../../shared/ui/fieldValidation';
import { chatPath } from './chatPaths';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  field: { alignSelf: 'stretch' },
});

/**
 * "How I can help", answered by the other person on a shared goal. The answer lands on the
 * goal in its owner's own tab. A change is sent with the version it was based on; when the
 * answer changed meanwhile, the newer one is shown and what was typed is kept.
 */
export function GoalHelpForm({ chatId, goal, onSaved }: { chatId: string; goal: SharedGoal; onSaved: (help: GoalHelp) => void }) {
  const styles = useStyles();
  const api = useApi();
  const [text, setText] = useState(goal.help?.text ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const input = goalHelpInputSchema.safeParse({ ownerObjectId: goal.ownerObjectId, text });
    if (!input.success) {
      setError(input.error.issues.find((issue) => issue.path[0] === 'text')?.message ?? 'That answer cannot be sent.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const path = chatPath(chatId, `/goals/${goal.id}/help`);
      onSaved(goalHelpSchema.parse(await api.send<unknown>('PUT', path, input.data, goal.help === undefined ? {} : { etag: goal.help.etag })));
    } catch (caught) {
      const current = caught instanceof ApiError && caught.status === 412 ? goalHelpSchema.safeParse(caught.problem?.current) : undefined;
      if (current?.success === true) {
        onSaved(current.data);
        setError('The answer was changed meanwhile: the newer one is shown above. Your text is kept here; save again to replace it.');
      } else if (caught instanceof ApiError && caught.status === 404) setError('This goal is no longer shared.');
      else setError(failureMessage(caught));
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
        void submit();
      }}
    >
      <Field className={styles.field} label={`How I can help with “${goal.title}”`} size="small" {...fieldValidation(error)}>
        <Textarea value={text} resize="vertical" maxLength={GOAL_HELP_MAX} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <Button type="submit" size="small" disabled={busy}>
        {busy ? 'Saving…' : goal.help === undefined ? 'Save answer' : 'Update answer'}
      </Button>
    </form>
  );
}
