import { commitmentCard } from '../domain/nudges/commitmentCard';
import { isWorkingTime } from '../domain/nudges/workingHours';
import { personalPartition } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { ItemNotFoundError } from '../store/errors';
import type { DueEntry } from '../store/dueIndexStore';
import { readNudgeSettings } from './nudgeSettings';
import { DEFAULT_RETRY, postCard, type RetryPolicy } from './proactive';
import type { Services } from './services';

/** A stand-in Teams app id for the deep link where none is configured (local mode). */
export const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-00000000a990';

/** What a send came to. */
export type NudgeOutcome = 'sent' | 'already-handled' | 'skipped';

/**
 * Sends one reminder, once. The ledger is checked and claimed before the post, so a reminder
 * enqueued twice or retried is posted once; the commitment and the settings are read at send
 * time, so nothing goes out for a commitment done, dropped, deleted or moved, with the
 * reminder switched off, or outside working hours. A post that failed releases the claim and
 * throws, so the queue's retry sends it later; storage being down before the post throws
 * too, with nothing sent.
 */
export async function sendNudge(services: Services, entry: DueEntry, now: Date, policy: RetryPolicy = DEFAULT_RETRY): Promise<NudgeOutcome> {
  const { ledger } = services;
  if ((await ledger.get(entry.nudgeId)) !== undefined) return 'already-handled';
  const user = { tenantId: entry.tenantId, objectId: entry.objectId };
  const skip = async (reason: string): Promise<NudgeOutcome> => {
    await ledger.mark(entry.nudgeId, { state: 'skipped', reason });
    return 'skipped';
  };
  let commitment;
  try {
    commitment = await services.personal.get(personalPartition(user), KIND.commitment, entry.commitmentId);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return skip('deleted');
    throw error;
  }
  const data = commitment.data;
  if (data.status !== 'open') return skip('not-open');
  if (data.dueDate !== entry.dueDate) return skip('moved');
  const { settings } = await readNudgeSettings(services, { ...user, name: '' });
  if (!settings.switches.commitmentDue) return skip('switched-off');
  // Not marked: the reminder may still go out when working hours come (a later sweep of a
  // refiled entry), but not now.
  if (!isWorkingTime(now, settings.workingHours, settings.timeZone)) return 'skipped';
  if (!(await ledger.claim(entry.nudgeId, { state: 'sending' }))) return 'already-handled';
  const card = commitmentCard({
    nudge: entry.nudge,
    commitmentId: entry.commitmentId,
    title: String(data.title),
    toWhom: typeof data.toWhom === 'string' ? data.toWhom : '',
    dueDate: entry.dueDate,
    status: 'open',
    appId: services.config.teamsAppId ?? LOCAL_TEAMS_APP_ID,
  });
  let outcome;
  try {
    outcome = await postCard(services, { scope: 'personal', ...user }, card, policy);
  } catch (error) {
    await ledger.release(entry.nudgeId);
    throw error;
  }
  if (outcome.kind === 'not-installed') {
    await ledger.mark(entry.nudgeId, { state: 'skipped', reason: 'not-installed' });
    return 'skipped';
  }
  await ledger.mark(entry.nudgeId, { state: 'sent', activityId: outcome.activityId });
  return 'sent';
}
