import type { InsightOrigin } from '@domain/manager/managerProfile';
import { formatIsoDate } from '../../shared/ui/formatDate';

const ORIGIN_TEXT: Record<InsightOrigin, (date: string) => string> = {
  oneOnOne: (date) => `Asked in our 1:1 on ${date}`,
  message: (date) => `From a message, ${date}`,
  observation: (date) => `My observation, ${date}`,
};

/** Where an entry came from and when, as a sentence: "Asked in our 1:1 on Dec 3, 2026". */
export function entrySourceText(origin: InsightOrigin, notedOn: string): string {
  return ORIGIN_TEXT[origin](formatIsoDate(notedOn));
}

/** The origins a person can pick by hand; "from a message" is set by the message extension. */
export const ORIGIN_CHOICES: readonly { readonly value: InsightOrigin; readonly label: string }[] = [
  { value: 'observation', label: 'My observation' },
  { value: 'oneOnOne', label: 'Asked in our 1:1' },
];
