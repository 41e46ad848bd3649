// One heads-up as the employee would write it, for the tests and the bench that need one.

/** A heads-up body for `POST /chats/{chatId}/heads-ups`: the risk (numbered by `n` when given), two options, the second recommended. */
export function sampleHeadsUp(n?: number) {
  return {
    risk: n === undefined ? 'The vendor API may slip past our launch' : `Risk ${n}: the vendor API may slip past our launch`,
    byWhen: '2026-12-15',
    affects: 'The December launch and the partner demo',
    options: [
      { title: 'Delay launch one week', cost: 'One week of campaign spend' },
      { title: 'Launch without the integration', cost: 'Manual exports for a month' },
    ],
    recommended: 1,
    decideBy: '2026-12-10',
  };
}
