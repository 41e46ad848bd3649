import { postActivity, type TeamsUser } from '../../api/src/hosts/teams/teamsActivities';
import { actionReply, chatMessage, messageActionInvoke, submittedValues } from '../bot/teamsActivities';
import { formatLoad, runLoad } from './load';

const INVOKES = 200;
const CONCURRENCY = 4;
const TARGET_P95_MS = 300;

const MESSAGE = '<div><at id="0">Morgan</at>&nbsp;I&#39;ll send you the <b>Q3 numbers</b> by Friday 🙂</div>';

/**
 * "Log in Upward" against a running local API: 200 fetchTask invokes (the prefilled form) and
 * 200 submitAction invokes (each storing a new commitment), `CONCURRENCY` at a time, as the
 * Bot Framework service would post them. The first invoke loads botbuilder and is timed apart.
 */
export async function benchMessageExtension(baseUrl: string, user: { objectId: string; tenantId: string }): Promise<string[]> {
  const teamsUser: TeamsUser = { name: 'Bench user', objectId: user.objectId, tenantId: user.tenantId };
  const invoke = async (activity: unknown) => {
    const response = await postActivity(baseUrl, activity);
    if (response.status !== 200) throw new Error(`Invoke failed with ${response.status}: ${JSON.stringify(response.body)}`);
    return actionReply(response.body);
  };

  const coldStart = performance.now();
  const form = await invoke(messageActionInvoke('composeExtension/fetchTask', teamsUser, chatMessage(teamsUser, MESSAGE)));
  const coldMs = performance.now() - coldStart;
  if (form.card === undefined) throw new Error(`fetchTask did not return the form: ${form.message ?? ''}`);
  const values = submittedValues(form.card);

  const fetchTask = await runLoad({
    concurrency: CONCURRENCY,
    total: INVOKES,
    action: async () => {
      const reply = await invoke(messageActionInvoke('composeExtension/fetchTask', teamsUser, chatMessage(teamsUser, MESSAGE)));
      if (reply.card === undefined) throw new Error('fetchTask did not return the form');
    },
  });
  const submitAction = await runLoad({
    concurrency: CONCURRENCY,
    total: INVOKES,
    action: async () => {
      const reply = await invoke(messageActionInvoke('composeExtension/submitAction', teamsUser, chatMessage(teamsUser, MESSAGE), { data: values }));
      if (reply.message?.startsWith('Logged in Upward') !== true) throw new Error(`submitAction did not store: ${reply.message ?? 'form came back'}`);
    },
  });

  const verdict = (p95: number) => (p95 < TARGET_P95_MS ? 'ok' : 'OVER TARGET');
  return [
    `Message extension "Log in Upward", ${INVOKES} invokes each, ${CONCURRENCY} concurrent (target p95 < ${TARGET_P95_MS} ms)`,
    `  first invoke (loads botbuilder)              ${coldMs.toFixed(1).padStart(7)} ms`,
    `${formatLoad('  composeExtension/fetchTask', fetchTask)}   ${verdict(fetchTask.p95)}`,
    `${formatLoad('  composeExtension/submitAction', submitAction)}   ${verdict(submitAction.p95)}`,
  ];
}
