import { app, pages } from '@microsoft/teams-js';
import { itemDeepLink, PERSONAL_TAB_ENTITY_ID } from '@domain/nudges/commitmentCard';

// The personal tab's screens a sub-page id may open ("Write an update" in the 1:1 tab, the bot's
// "Draft it", "Log your wins" and settings links); anything else, an item id included, opens the
// tab's first screen.
const SUB_PAGE_ROUTES = ['updates', 'feedback', 'nudges', 'personal'];

/** The hash a deep link's sub-page id (`updates?chatId=…`) opens in the personal tab, or undefined when it names no screen of it. */
export function hashForSubPage(subPageId: string | undefined): string | undefined {
  if (subPageId === undefined || subPageId === '') return undefined;
  const path = subPageId.split('?')[0] ?? '';
  return SUB_PAGE_ROUTES.includes(path) ? `#/${subPageId}` : undefined;
}

/**
 * Opens the personal tab on `route` (`updates?chatId=…`). In Teams it navigates within the app
 * where the client can, else follows the deep link; outside Teams the personal tab is the same
 * page under another hash.
 */
export async function openPersonalPage(route: string): Promise<void> {
  if (!app.isInitialized()) {
    window.location.hash = `#/${route}`;
    return;
  }
  if (pages.currentApp.isSupported()) {
    await pages.currentApp.navigateTo({ pageId: PERSONAL_TAB_ENTITY_ID, subPageId: route });
    return;
  }
  const context = await app.getContext();
  const appId = context.app.appId?.toString();
  if (appId === undefined) throw new Error('Teams did not say which app this is');
  await app.openLink(itemDeepLink(appId, route));
}
