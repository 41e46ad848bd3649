import { z } from 'zod';
import { nudgeSettingsSchema } from './nudgeSettings';

/**
 * My nudge settings as `GET/PUT /me/nudge-settings` return them: the settings in force
 * (the defaults until I save any, in the time zone Teams last reported for me) and the
 * version to send in If-Match with the next change (null until the first save).
 */
export const nudgeSettingsViewSchema = z.object({
  version: z.string().nullable(),
  settings: nudgeSettingsSchema,
});

export type NudgeSettingsView = z.infer<typeof nudgeSettingsViewSchema>;
