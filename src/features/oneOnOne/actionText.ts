import type { ManagerAction } from '@domain/oneOnOneShared';
import { personLabel } from './people';

/** "What Morgan offered": named after whoever the listed actions belong to. */
export function offeredHeading(actions: readonly ManagerAction[], me: string): string {
  const owners = [...new Set(actions.map((action) => personLabel(action.owner, me)))];
  return owners.length === 1 ? `What ${owners[0] ?? ''} offered` : 'What was offered';
}
