import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Goal } from '@domain/goals';
import { toFieldErrors } from '@domain/problems';
import { reviewPackRequestSchema, type ReviewPackRequest } from '@domain/reviewPack/reviewPack';
import { useApi } from '../../shared/api/ApiContext';
import { splitFieldErrors } from '../../shared/api/useItemForm';
import { useResource } from '../../shared/api/useResource';
import { todayIsoDate } from '../../shared/ui/localDate';
import { withMembership } from '../../shared/ui/setMembership';
import { SubPageHeader } from '../../shared/ui/SubPageHeader';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { PackResult } from './PackResult';
import { initialPeriod, periodDates, type PeriodDraft } from './packPeriod';
import { PeriodFields } from './PeriodFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
  goals: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  text: { margin: 0 },
});

const FIELDS = ['from', 'to'];

/**
 * "Review pack": pick a period (and, if I like, some goals), look the pack over, leave out
 * what does not belong, then download it as Word or Markdown or open a page to print.
 * It opens on the last quarter.
 */
export function ReviewPackPage() {
  const page = usePageStyles();
  const styles = useStyles();
  const api = useApi();
  const today = useMemo(() => todayIsoDate(), []);
  const [period, setPeriod] = useState<PeriodDraft>(() => initialPeriod(today));
  const [goalIds, setGoalIds] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asked, setAsked] = useState<ReviewPackRequest>(() => reviewPackRequestSchema.parse({ ...periodDates(initialPeriod(today), today), today }));
  const goals = useResource(() => api.get<{ items: Goal[] }>('/me/goals?limit=100'));

  const submit = () => {
    const parsed = reviewPackRequestSchema.safeParse({ ...periodDates(period, today), today, ...(goalIds.size === 0 ? {} : { goalIds: [...goalIds] }) });
    if (!parsed.success) {
      setErrors(splitFieldErrors(toFieldErrors(parsed.error), FIELDS).byField);
      return;
    }
    setErrors({});
    setAsked(parsed.data);
  };
  const goalList = goals.state.data?.items ?? [];

  return (
    <main className={page.page}>
      <SubPageHeader title="Review pack" />
      <Text as="p" className={styles.text}>
        Your case for a review, from what you logged: wins by goal with their impact and evidence, and the commitments you kept. Nothing about your manager is in it.
      </Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <PeriodFields draft={period} today={today} errors={errors} onChange={setPeriod} />
        {goalList.length === 0 ? null : (
          <fieldset className={styles.goals}>
            <legend className={styles.legend}>Only the wins of these goals (none ticked: all wins)</legend>
            {goalList.map((goal) => (
              <Checkbox key={goal.id} label={goal.title} checked={goalIds.has(goal.id)} onChange={(_event, data) => setGoalIds(withMembership(goalIds, goal.id, data.checked === true))} />
            ))}
          </fieldset>
        )}
        <Button type="submit" appearance="primary">
          Show the pack
        </Button>
      </form>
      <PackResult key={JSON.stringify(asked)} request={asked} />
    </main>
  );
}
