import { lastPeriod } from '@domain/reviewPack/reviewPack';

/** The periods the screen offers. */
export const PERIOD_CHOICES = ['quarter', 'half', 'custom'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** What the period controls hold. */
export interface PeriodDraft {
  readonly choice: PeriodChoice;
  /** The custom range, as the date inputs hold it (possibly empty). */
  readonly from: string;
  readonly to: string;
}

/** The dates a choice stands for on `today`: a preset's, or the custom inputs' as typed. */
export function periodDates(draft: PeriodDraft, today: string): { from: string; to: string } {
  return draft.choice === 'custom' ? { from: draft.from, to: draft.to } : lastPeriod(draft.choice, today);
}

/** Starts on the last quarter, with the custom range prefilled from it. */
export function initialPeriod(today: string): PeriodDraft {
  return { choice: 'quarter', ...lastPeriod('quarter', today) };
}
