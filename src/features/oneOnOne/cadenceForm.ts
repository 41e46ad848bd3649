import { cadenceSchema, isoWeekday, type Cadence } from '@domain/cadence';
import { todayIsoDate } from '../../shared/ui/localDate';

/** What the cadence dialog edits; `none` clears the cadence. */
export interface CadenceDraft {
  readonly kind: Cadence['kind'] | 'none';
  readonly weekday: string;
  readonly date: string;
  readonly time: string;
}

/** The draft for a cadence (or a sensible start: weekly, today's weekday, 10:00). */
export function cadenceDraft(cadence: Cadence | null, today = todayIsoDate()): CadenceDraft {
  if (cadence === null) return { kind: 'none', weekday: String(isoWeekday(today)), date: today, time: '10:00' };
  if (cadence.kind === 'once') return { kind: 'once', weekday: String(isoWeekday(cadence.date)), date: cadence.date, time: cadence.time };
  return { kind: cadence.kind, weekday: String(cadence.weekday), date: cadence.kind === 'biweekly' ? cadence.startsOn : today, time: cadence.time };
}

/** The cadence a draft stands for, in the setter's time zone; null clears it; a string says what to fix. */
export function cadenceFromDraft(draft: CadenceDraft, timeZone: string): Cadence | null | { readonly error: string } {
  if (draft.kind === 'none') return null;
  const candidate =
    draft.kind === 'once'
      ? { kind: draft.kind, date: draft.date, time: draft.time, timeZone }
      : draft.kind === 'weekly'
        ? { kind: draft.kind, weekday: Number(draft.weekday), time: draft.time, timeZone }
        : { kind: draft.kind, weekday: Number(draft.weekday), time: draft.time, timeZone, startsOn: draft.date };
  const parsed = cadenceSchema.safeParse(candidate);
  return parsed.success ? parsed.data : { error: parsed.error.issues[0]?.message ?? 'Check the fields.' };
}
