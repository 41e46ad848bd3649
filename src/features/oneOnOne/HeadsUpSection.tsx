import { Body1 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { HeadsUp } from '@domain/headsUps/headsUp';
import type { OneOnOneSpace } from '@domain/oneOnOne';
import { roleOf } from '@domain/oneOnOneRoles';
import { AddButton } from '../../shared/ui/AddButton';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { HeadsUpForm } from './HeadsUpForm';
import { HeadsUpItem } from './HeadsUpItem';

/** Props of {@link HeadsUpSection}. */
export interface HeadsUpSectionProps {
  readonly chatId: string;
  readonly space: OneOnOneSpace | undefined;
  readonly onHeadsUp: (headsUp: HeadsUp) => void;
  readonly onStale: () => void;
  readonly announce: (text: string) => void;
}

/**
 * Heads-ups at the top of the agenda: the employee raises a problem early, with options, and
 * the manager decides here or on the card the bot posted in the chat. Undecided ones come
 * first, earliest decide-by first; a late one stands out for both.
 */
export function HeadsUpSection({ chatId, space, onHeadsUp, onStale, announce }: HeadsUpSectionProps) {
  const items = useItemStyles();
  const [raising, setRaising] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const role = space === undefined ? undefined : roleOf(space.roles, space.me);
  const wasRaising = useRef(false);
  useEffect(() => {
    // Back to the button that opened the form once it is enabled again, so keyboard and screen reader users stay in place.
    if (wasRaising.current && !raising) opener.current?.focus();
    wasRaising.current = raising;
  }, [raising]);
  const close = () => setRaising(false);
  const action =
    role === 'employee' ? (
      <AddButton
        label="Raise a heads-up"
        disabled={raising}
        onAdd={(button) => {
          opener.current = button;
          setRaising(true);
        }}
      />
    ) : undefined;
  return (
    <Section id="heads-ups-heading" title="Heads-ups" action={action}>
      {space === undefined ? (
        <ListSkeleton rows={1} label="Loading heads-ups" />
      ) : (
        <>
          {space.headsUps.length === 0 && !raising ? (
            <Body1 as="p" className={items.intro}>
              {role === 'employee' ? 'See a problem coming? Raise it early, with options and the one you recommend.' : 'Problems raised early, with options, show here for a decision.'}
            </Body1>
          ) : null}
          {raising ? (
            <HeadsUpForm
              chatId={chatId}
              onCancel={close}
              onCreated={(headsUp) => {
                close();
                onHeadsUp(headsUp);
                announce(`Heads-up shared: ${headsUp.risk}`);
              }}
            />
          ) : null}
          {space.headsUps.length === 0 ? null : (
            <ul className={items.list}>
              {space.headsUps.map((headsUp) => (
                <li key={headsUp.id}>
                  <HeadsUpItem
                    chatId={chatId}
                    headsUp={headsUp}
                    today={space.today}
                    canDecide={role === 'manager'}
                    canPostCard={role === 'employee'}
                    onStale={onStale}
                    announce={announce}
                    onChange={(decided) => {
                      onHeadsUp(decided);
                      announce(`Decided: ${decided.risk}`);
                    }}
                    onCardPosted={(posted) => {
                      onHeadsUp(posted);
                      announce(`Card posted in the chat: ${posted.risk}`);
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}
