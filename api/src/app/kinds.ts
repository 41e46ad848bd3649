/**
 * The row kinds the use cases read and write, in one place until they come from the
 * registry of item kinds in the domain. Personal kinds live in a person's partition, shared
 * ones in a chat's.
 */
export const KINDS = {
  goal: 'goal',
  win: 'win',
  commitment: 'commitment',
  agenda: 'agenda',
  agendaGuard: 'agendaguard',
  comment: 'comment',
  history: 'history',
  record: 'record',
} as const;
