import { devUserObjectId, LOCAL_TENANT_ID } from '../../api/src/hosts/local/devIssuer';
import { freePort, startAzurite } from '../../api/src/hosts/local/azurite';
import { repoRoot } from '../../api/src/hosts/local/stack';
import { startApiProcess } from '../support/apiProcess';
import { serveBuiltTab } from '../support/tabStack';
import { benchHeadsUps } from './headsUps';
import { benchManagerProfile, seedManagerProfile } from './managerProfile';
import { benchMessageExtension } from './messageExtension';
import { benchNudgeScale } from './nudgeScale';
import { benchPersonalOverview, newestSeededWinTitle, seedPersonalData } from './personalOverview';
import { benchReviewPack, seedReviewPackUser } from './reviewPack';
import { benchSharedTab } from './sharedTab';
import { benchTab } from './tab';
import { benchUpdateDraft, seedUpdateDraftUser } from './updateDraft';

// `npm run bench`: everything on loopback, against an in-memory Azurite it starts and stops itself.
const azurite = await startAzurite({ port: await freePort(), root: repoRoot });
// The API runs in its own process, as it does in Azure, so the load generator does not share its event loop.
const api = await startApiProcess(azurite.connectionString);
const user = 'Bench Employee';
const print = (lines: string[]) => console.log(`${lines.join('\n')}\n`);
// `npm run bench -- heads-ups` runs only the benches named; none named runs them all.
const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);

try {
  if (wanted('personal')) {
    await seedPersonalData(api, user);
    print(await benchPersonalOverview(api, azurite.connectionString, user));
    const tab = await serveBuiltTab(api.baseUrl);
    try {
      print(await benchTab(tab.outDir, `${tab.url}/?as=${encodeURIComponent(user)}#/personal`, newestSeededWinTitle()));
    } finally {
      await tab.stop();
    }
  }
  // A user of their own, so the 400 commitments the bench logs do not change the overview above.
  const extensionUser = 'Bench Extension User';
  if (wanted('message-extension')) print(await benchMessageExtension(api.baseUrl, { objectId: devUserObjectId(extensionUser), tenantId: LOCAL_TENANT_ID }));
  // A user of their own, so the overview above keeps its 500 items.
  const managedUser = 'Bench Managing Up';
  if (wanted('manager')) {
    await seedManagerProfile(api, managedUser);
    print(await benchManagerProfile(api, azurite.connectionString, managedUser));
  }
  if (wanted('shared-tab')) print(await benchSharedTab(api, { connectionString: azurite.connectionString }));
  if (wanted('heads-ups')) print(await benchHeadsUps(api, { connectionString: azurite.connectionString }));
  if (wanted('review-pack')) {
    const reviewer = 'Bench Two Years';
    await seedReviewPackUser(api, reviewer);
    print(await benchReviewPack(api, reviewer));
  }
  if (wanted('update-draft')) {
    const writer = 'Bench Update Writer';
    await seedUpdateDraftUser(api, writer);
    print(await benchUpdateDraft(api, writer));
  }
  // Last: it fills the tables with 10,000 users, which the figures above must not see.
  if (wanted('nudge-scale')) print(await benchNudgeScale(api, azurite.connectionString, 'Bench Nudged User'));
} finally {
  await api.stop();
  await azurite.stop();
}
