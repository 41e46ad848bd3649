import { z } from 'zod';
import { timeOfDaySchema, timeZoneSchema, weekdaySchema } from '../cadence';

/** Each nudge a user can switch on or off. */
const switchesSchema = z
  .object({ commitmentDue: z.boolean(), oneOnOneTomorrow: z.boolean(), updateDue: z.boolean(), weeklyWins: z.boolean() })
  .strict();

/**
 * When the bot may write to a user: wall-clock working hours on working days in the user's
 * own time zone. Nothing is sent outside them.
 */
export const workingHoursSchema = z
  .object({
    start: timeOfDaySchema,
    end: timeOfDaySchema,
    days: z.array(weekdaySchema).min(1, 'Pick at least one working day.').max(7),
  })
  .strict()
  .refine((hours) => hours.start < hours.end, { message: 'Working hours must end after they start.', path: ['end'] })
  .refine((hours) => new Set(hours.days).size === hours.days.length, { message: 'Each day once.', path: ['days'] });

export type WorkingHours = z.infer<typeof workingHoursSchema>;

/** A user's nudge settings: each nudge on or off, their time zone, working hours and the day for "log your wins". */
export const nudgeSettingsSchema = z
  .object({
    switches: switchesSchema,
    timeZone: timeZoneSchema,
    workingHours: workingHoursSchema,
    winsDay: weekdaySchema,
  })
  .strict();

export type NudgeSettings = z.infer<typeof nudgeSettingsSchema>;

/** Settings for a user who has never opened them: every nudge on, 9 to 17 Monday to Friday, wins on Friday. */
export function defaultNudgeSettings(timeZone: string): NudgeSettings {
  return {
    switches: { commitmentDue: true, oneOnOneTomorrow: true, updateDue: true, weeklyWins: true },
    timeZone,
    workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    winsDay: 5,
  };
}
