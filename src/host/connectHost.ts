import type { TeamsHost } from './host';
import { connectLocal, type LocalHost } from './localHost';
import { connectTeams } from './teamsHost';

/** Teams when the tab runs inside it, otherwise the local dev host. */
export async function connectHost(): Promise<TeamsHost | LocalHost> {
  try {
    return await connectTeams();
  } catch {
    return connectLocal();
  }
}
