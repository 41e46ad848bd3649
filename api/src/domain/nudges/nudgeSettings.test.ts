import { describe, expect, it } from 'vitest';
import { defaultNudgeSettings, nudgeSettingsSchema } from './nudgeSettings';

describe('nudgeSettingsSchema', () => {
  it('accepts the defaults and refuses hours that end before they start, repeated days, unknown zones and extra fields', () => {
    const good = defaultNudgeSettings('Europe/Berlin');
    expect(nudgeSettingsSchema.safeParse(good).success).toBe(true);
    const bad = [
      { ...good, workingHours: { ...good.workingHours, start: '18:00' } },
      { ...good, workingHours: { ...good.workingHours, days: [1, 1] } },
      { ...good, workingHours: { ...good.workingHours, days: [] } },
      { ...good, timeZone: 'Mars/Olympus' },
      { ...good, switches: { ...good.switches, extra: true } },
      { ...good, winsDay: 8 },
    ];
    for (const settings of bad) expect(nudgeSettingsSchema.safeParse(settings).success).toBe(false);
  });
});
