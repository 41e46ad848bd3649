import { describe, expect, it } from 'vitest';
import { cadenceDraft, cadenceFromDraft } from './cadenceForm';

describe('cadence form', () => {
  it('turns each kind of draft into the cadence it stands for, in the setter’s zone', () => {
    const base = { weekday: '2', date: '2026-12-08', time: '10:00' };
    expect(cadenceFromDraft({ ...base, kind: 'weekly' }, 'Europe/Berlin')).toEqual({ kind: 'weekly', weekday: 2, time: '10:00', timeZone: 'Europe/Berlin' });
    expect(cadenceFromDraft({ ...base, kind: 'biweekly' }, 'UTC')).toEqual({ kind: 'biweekly', weekday: 2, time: '10:00', timeZone: 'UTC', startsOn: '2026-12-08' });
    expect(cadenceFromDraft({ ...base, kind: 'once' }, 'UTC')).toEqual({ kind: 'once', date: '2026-12-08', time: '10:00', timeZone: 'UTC' });
    expect(cadenceFromDraft({ ...base, kind: 'none' }, 'UTC')).toBeNull();
    expect(cadenceFromDraft({ ...base, kind: 'once', time: '' }, 'UTC')).toEqual({ error: 'Use a time like 10:00.' });
  });

  it('starts a new cadence on today’s weekday at 10:00, and loads a stored one as it is', () => {
    expect(cadenceDraft(null, '2026-12-01')).toEqual({ kind: 'none', weekday: '2', date: '2026-12-01', time: '10:00' });
    expect(cadenceDraft({ kind: 'biweekly', weekday: 5, time: '09:30', timeZone: 'UTC', startsOn: '2026-11-06' }, '2026-12-01')).toEqual({ kind: 'biweekly', weekday: '5', date: '2026-11-06', time: '09:30' });
  });
});
