/**
 * Row kinds in a person's own partition that the 1:1 adds. Help on a goal and the manager's
 * actions live with the employee, so the personal tab still reads one partition, and are
 * written there only by the 1:1 routes, after the membership and sharing checks.
 */
export const PERSONAL_KINDS = { goal: 'goal', goalHelp: 'goalhelp', managerAction: 'askedof' } as const;
