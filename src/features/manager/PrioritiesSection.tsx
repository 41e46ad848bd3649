import type { Priority } from '@domain/manager/managerProfile';
import type { SupportingItem } from '@domain/manager/managerView';
import { positionAfterLast } from '@domain/manager/currentProfile';
import { useRef } from 'react';
import type { SaveKind } from '../../shared/api/itemList';
import { AddButton } from '../../shared/ui/AddButton';
import { EmptyState } from '../../shared/ui/EmptyState';
import { Section } from '../../shared/ui/Section';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { PriorityCard } from './PriorityCard';
import { PriorityDialog } from './PriorityDialog';

type OpenDialog = { readonly kind: 'create' } | { readonly kind: 'edit'; readonly priority: Priority };

/** Props of {@link PrioritiesSection}. */
export interface PrioritiesSectionProps {
  readonly profileId: string;
  readonly managerName: string;
  /** Ranked, first first. */
  readonly priorities: readonly Priority[];
  readonly supportOf: (priorityId: string) => readonly SupportingItem[];
  readonly onSaved: (priority: Priority, kind: SaveKind) => void;
  readonly onConflict: (current: Priority) => void;
  readonly onMove: (index: number, direction: 'up' | 'down') => void;
  readonly onDelete: (priority: Priority) => void;
}

/** My manager's priorities, ranked, each with what I am doing for it. */
export function PrioritiesSection({ profileId, managerName, priorities, supportOf, onSaved, onConflict, onMove, onDelete }: PrioritiesSectionProps) {
  const items = useItemStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const { open, show, close } = useDialogSlot<OpenDialog>(heading);
  return (
    <Section id="priorities-heading" title="Their priorities" headingRef={heading} action={<AddButton label="Add priority" onPrepare={() => undefined} onAdd={(opener) => show({ kind: 'create' }, opener)} />}>
      <p className={items.intro}>What {managerName} is measured on and worried about, most important first. Tag your goals, commitments and wins with the one they serve.</p>
      {priorities.length === 0 ? (
        <EmptyState title="What matters most to them?">
          Ask “Which two or three things matter most to you over the next few weeks?” and write each answer here. Then point your effort at them.
        </EmptyState>
      ) : (
        <ol className={items.list}>
          {priorities.map((priority, index) => (
            <li key={priority.id}>
              <PriorityCard
                priority={priority}
                rank={index + 1}
                supporting={supportOf(priority.id)}
                canMoveUp={index > 0}
                canMoveDown={index < priorities.length - 1}
                onMove={(direction) => onMove(index, direction)}
                onEdit={(opener) => show({ kind: 'edit', priority }, opener)}
                onDelete={() => onDelete(priority)}
              />
            </li>
          ))}
        </ol>
      )}
      {open === undefined ? null : (
        <PriorityDialog
          profileId={profileId}
          managerName={managerName}
          priority={open.kind === 'edit' ? open.priority : undefined}
          position={positionAfterLast(priorities)}
          onSaved={(priority, kind) => {
            onSaved(priority, kind);
            close();
          }}
          onConflict={onConflict}
          onClose={close}
        />
      )}
    </Section>
  );
}
