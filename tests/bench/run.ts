import { freePort, startAzurite } from '../../api/src/local/azurite';
import { repoRoot } from '../../api/src/local/stack';
import { startApiProcess } from '../support/apiProcess';
import { serveBuiltTab, TAB_BUILD_DIR } from '../support/tabStack';
import { benchPersonalOverview, seedPersonalData } from './personalOverview';
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
    print(await benchTab(TAB_BUILD_DIR, `${tab.url}/?as=${encodeURIComponent(user)}#/personal`, 'Win number 0: shipped a thing'));
  } finally {
    await tab.server.close();
  }
} finally {
  await api.stop();
  await azurite.stop();
}
