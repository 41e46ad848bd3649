import { describe, expect, it } from 'vitest';
import { createServices } from '../app/services';
import type { AppConfig } from '../config/settings';
import { activitySchema } from './activity';
import { BOT_MESSAGES } from './errors';
import { LOG_ITEM_COMMAND_ID, openInvoke } from './logItem';

const tenant = '0d9b645f-597b-41f0-a2a3-ef103fbd91bb';
const user = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

function servicesAllowing(allowedTenants: string[]) {
  const config: AppConfig = {
    mode: 'local',
    // Never reached: checking who is logging touches no storage.
    tables: { kind: 'connectionString', connectionString: 'UseDevelopmentStorage=true' },
    auth: { jwksUri: 'http://127.0.0.1:9/jwks', issuer: 'http://127.0.0.1:9/{tid}', audiences: ['api://test'], requiredScope: 'access_as_user', allowedTenants },
    bot: undefined,
    corsOrigin: 'http://localhost:53000',
  };
  return createServices(config);
}

const activity = activitySchema.parse({
  type: 'invoke',
  name: 'composeExtension/fetchTask',
  from: { id: '29:1abc', name: 'Avery', aadObjectId: user },
  conversation: { id: '19:chat@thread.v2', tenantId: tenant, conversationType: 'groupChat' },
});
const value = { commandId: LOG_ITEM_COMMAND_ID, commandContext: 'message' };

describe('who may log from a message', () => {
  it('a listed tenant written in another case than Teams sends is let in', () => {
    const opened = openInvoke(servicesAllowing([tenant.toUpperCase()]), activity, value);
    expect(opened).toMatchObject({ caller: { tenantId: tenant, objectId: user, name: 'Avery' } });
  });

  it('a tenant that is not listed is told so', () => {
    expect(openInvoke(servicesAllowing(['11111111-1111-4111-8111-111111111111']), activity, value)).toBe(BOT_MESSAGES.tenantNotAllowed);
  });
});
