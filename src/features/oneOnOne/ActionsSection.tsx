import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import type { ActionResult, ManagerAction } from '@domain/oneOnOneShared';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { ManagerActionCard } from '../../shared/ui/ManagerActionCard';
import { Section } from '../../shared/ui/Section';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { ActionForm } from './ActionForm';
import { offeredHeading } from './actionText';
import { personLabel, sentenceStart } from './people';

/** Props of {@link ActionsSection}. */
export interface ActionsSectionProps {
  readonly chatId: string;
  readonly space: OneOnOneSpace | undefined;
  readonly onCreated: (result: ActionResult) => void;
  readonly onAction: (action: ManagerAction) => void;
  readonly announce: (text: string) => void;
}

/**
 * Actions agreed in the 1:1: an outcome becomes a commitment of either person. The employee's
 * join their shared commitments; the manager's are listed here as what they offered, and
 * either person marks them done.
 */
export function ActionsSection({ chatId, space, onCreated, onAction, announce }: ActionsSectionProps) {
  const items = useItemStyles();
  return (
    <Section id="actions-heading" title="Actions agreed">
      {space === undefined ? (
        <ListSkeleton rows={1} label="Loading actions" />
      ) : (
        <>
          <Body1 as="p" className={items.intro}>
            {space.agenda.items.length === 0
              ? 'Add a talking point first: actions come out of what you discuss.'
              : 'Turn an outcome into something one of you will do, with a date.'}
          </Body1>
          <ActionForm chatId={chatId} space={space} onCreated={onCreated} />
          {space.managerActions.length === 0 ? null : (
            <>
              <Subtitle2 as="h3" className={items.title}>
                {offeredHeading(space.managerActions, space.me)}
              </Subtitle2>
              <ul className={items.list}>
                {space.managerActions.map((action) => (
                  <li key={action.id}>
                    <ManagerActionCard action={action} ownerLabel={sentenceStart(personLabel(action.owner, space.me))} onChange={onAction} announce={announce} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}
