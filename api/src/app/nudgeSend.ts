import { commitmentCard } from '../domain/nudges/commitmentCard';
import { isWorkingTime } from '../domain/nudges/workingHours';
import { personalPartition } from '../domain/identity';
import { KIND } from '../domain/kinds';
import { ItemNotFoundError } from '../store/errors';
import type { CommitmentDueEntry, DueEntry, RecurringDueEntry } from '../domain/nudges/dueEntry';
import { claimHeld } from '../store/nudgeLedger';
import { readNudgeSettings } from './nudgeSettings';
import { DEFAULT_RETRY, postCard, type CardContent, type RetryPolicy } from './proactive';
import { checkRecurring } from './recurringNudges';
import type { Services } from './services';
import { teamsAppIdOf } from './teamsAppId';


/** What a send came to. */
export type NudgeOutcome = 'sent' | 'already-handled' | 'skipped';

/** Thrown while another send holds the nudge's claim: the queue retries it later, when that send has ended or its claim lapsed. */
export class NudgeInFlightError extends Error {
  constructor(nudgeId: string) {
    super(`Nudge ${nudgeId} is being sent by another run; try again later.`);
    this.name = 'NudgeInFlightError';
  }
}

/**
 * Sends one nudge, once: a commitment reminder, or an occurrence of a recurring nudge (1:1
 * tomorrow, update due, log your wins). The ledger is checked and claimed before the post, so
 * a nudge enqueued twice or retried is posted once; the facts are read again at send time. A
 * claim left by a send that could neither post nor give it back (storage down) lapses, and a
 * later retry sends the nudge rather than losing it.
 */
export async function sendNudge(services: Services, entry: DueEntry, now: Date, policy: RetryPolicy = DEFAULT_RETRY): Promise<NudgeOutcome> {
  const state = await services.ledger.get(entry.nudgeId);
  if (state !== undefined && state.state !== 'sending') return 'already-handled';
  if (state !== undefined && claimHeld(state.claimedAt, now)) throw new NudgeInFlightError(entry.nudgeId);
  return entry.kind === 'commitmentDue' ? sendCommitmentNudge(services, entry, now, policy) : sendRecurringNudge(services, entry, now, policy);
}

/**
 * An occurrence of a recurring nudge: checked against the settings, the cadence and the
 * roster as they are now (which also files the next occurrence), then posted inside working
 * hours. Not marked when skipped for a fact that may change back (switched off, cadence
 * gone, outside working hours): the ledger holds only what was decided for good.
 */
async function sendRecurringNudge(services: Services, entry: RecurringDueEntry, now: Date, policy: RetryPolicy): Promise<NudgeOutcome> {
  const check = await checkRecurring(services, entry, now);
  if (check.kind === 'skip') return 'skipped';
  if (!isWorkingTime(now, check.settings.workingHours, check.settings.timeZone)) return 'skipped';
  // The card is read before the claim: storage failing here leaves no claim to give back.
  const card = await check.card();
  if (!(await services.ledger.claim(entry.nudgeId, now))) return 'already-handled';
  return post(services, entry, card, policy);
}

/** Posts a claimed nudge into the user's personal chat and records the outcome; a failed post gives the claim back and throws. */
async function post(services: Services, entry: DueEntry, card: CardContent, policy: RetryPolicy): Promise<NudgeOutcome> {
  const { ledger } = services;
  let outcome;
  try {
    outcome = await postCard(services, { scope: 'personal', tenantId: entry.tenantId, objectId: entry.objectId }, card, policy);
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

/**
 * A commitment reminder: the commitment and the settings are read at send time, so nothing
 * goes out for a commitment done, dropped, deleted or moved, with the reminder switched off,
 * or outside working hours. A post that failed releases the claim and throws, so the queue's
 * retry sends it later; storage being down before the post throws too, with nothing sent.
 */
async function sendCommitmentNudge(services: Services, entry: CommitmentDueEntry, now: Date, policy: RetryPolicy): Promise<NudgeOutcome> {
  const { ledger } = services;
  const user = { tenantId: entry.tenantId, objectId: entry.objectId };
  const skip = async (reason: string): Promise<NudgeOutcome> => {
    await ledger.mark(entry.nudgeId, { state: 'skipped', reason });
    return 'skipped';
  };
  let commitment;
  try {
    commitment = await services.personal.get(personalPartition(user), KIND.commitment, entry.subjectId);
  } catch (error) {
    if (error instanceof ItemNotFoundError) return skip('deleted');
    throw error;
  }
  const data = commitment.data;
  if (data.status !== 'open') return skip('not-open');
  if (data.dueDate !== entry.occurrence) return skip('moved');
  const { settings } = await readNudgeSettings(services, { ...user, name: '' });
  if (!settings.switches.commitmentDue) return skip('switched-off');
  // Not marked: the reminder may still go out when working hours come (a later sweep of a
  // refiled entry), but not now.
  if (!isWorkingTime(now, settings.workingHours, settings.timeZone)) return 'skipped';
  if (!(await ledger.claim(entry.nudgeId, now))) return 'already-handled';
  const card = commitmentCard({
    nudge: entry.nudge,
    commitmentId: entry.subjectId,
    title: String(data.title),
    toWhom: typeof data.toWhom === 'string' ? data.toWhom : '',
    dueDate: entry.occurrence,
    status: 'open',
    appId: teamsAppIdOf(services),
  });
  return post(services, entry, card, policy);
}
