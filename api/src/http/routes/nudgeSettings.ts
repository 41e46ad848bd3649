import { changeNudgeSettings, readNudgeSettings } from '../../app/nudgeSettings';
import { nudgeSettingsSchema } from '../../domain/nudges/nudgeSettings';
import { nudgeSettingsViewSchema } from '../../domain/nudges/nudgeSettingsView';
import { parseBody, requireIfMatch } from '../body';
import { preconditionRequired } from '../errors';
import type { UserRoute } from '../types';

const getRoute: UserRoute = {
  method: 'GET',
  path: '/me/nudge-settings',
  name: 'get-nudge-settings',
  summary: 'My nudge settings: each reminder on or off, my time zone, working hours (nothing is sent outside them) and the wins day. The defaults, with version null, until I save any.',
  auth: 'user',
  responseBody: nudgeSettingsViewSchema,
  async handle(context) {
    return { status: 200, body: await readNudgeSettings(context.services, context.caller) };
  },
};

const putRoute: UserRoute = {
  method: 'PUT',
  path: '/me/nudge-settings',
  name: 'change-nudge-settings',
  summary: 'Replace my nudge settings. The first save sends no If-Match; every later one sends the version from GET (a changed version gets 412 with the current settings).',
  auth: 'user',
  requestBody: nudgeSettingsSchema,
  responseBody: nudgeSettingsViewSchema,
  async handle(context) {
    const settings = parseBody(context.request, nudgeSettingsSchema);
    const ifMatch = context.request.headers.get('if-match') === null ? undefined : requireIfMatch(context.request);
    const result = await changeNudgeSettings(context.services, context.caller, settings, ifMatch);
    if (result.kind === 'if-match-required') throw preconditionRequired();
    return { status: 200, body: result.view };
  },
};

/** My nudge settings. */
export const nudgeSettingsRoutes: UserRoute[] = [getRoute, putRoute];
