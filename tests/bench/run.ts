import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import { freePort, startAzurite } from '../../api/src/hosts/local/azurite';
import { repoRoot } from '../../api/src/hosts/local/stack';
import { startApiProcess } from '../support/apiProcess';
import { serveBuiltTab } from '../support/tabStack';
import { benchMessageExtension } from './messageExtension';
import { benchPersonalOverview, newestSeededWinTitle, seedPersonalData } from './personalOverview';
import { benchSharedTab } from './sharedTab';
import { benchTab } from './tab';

// `npm run bench`: everything on loopback, against an in-memory Azurite it starts and stops itself.
const azurite = await startAzurite({ port: await freePort(), root: repoRoot });
// The API runs in its own process, as it does in Azure, so the load generator does not share its event loop.
const api = await startApiProcess(azurite.connectionString);
const user = 'Bench Employee';
const print = (lines: string[]) => console.log(`${lines.join('\n')}\n`);

try {
  await seedPersonalData(api, user);
  print(await benchPersonalOverview(api, azurite.connectionString, user));
  const tab = await serveBuiltTab(api.baseUrl);
  try {
    print(await benchTab(tab.outDir, `${tab.url}/?as=${encodeURIComponent(user)}#/personal`, newestSeededWinTitle()));
  } finally {
    await tab.stop();
  }
  // A user of their own, so the 400 commitments the bench logs do not change the overview above.
  const extensionUser = 'Bench Extension User';
  print(await benchMessageExtension(api.baseUrl, { objectId: devUserObjectId(extensionUser), tenantId: LOCAL_TENANT_ID }));
  print(await benchSharedTab(api, { connectionString: azurite.connectionString }));
} finally {
  await api.stop();
  await azurite.stop();
}
