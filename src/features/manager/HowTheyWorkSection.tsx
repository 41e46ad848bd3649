import { useRef } from 'react';
import type { Insight } from '@domain/manager/managerProfile';
import { PROFILE_FIELDS, type ProfileField, type ProfileFieldId } from '@domain/manager/profileFields';
import type { SaveKind } from '../../shared/api/itemList';
import { Section } from '../../shared/ui/Section';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { useItemStyles } from '../../shared/ui/useItemStyles';
import { InsightDialog } from './InsightDialog';
import { ProfileFieldCard } from './ProfileFieldCard';

type OpenDialog = { readonly field: ProfileField; readonly insight: Insight | undefined };

/** Props of {@link HowTheyWorkSection}. */
export interface HowTheyWorkSectionProps {
  readonly profileId: string;
  readonly managerName: string;
  readonly insightsByField: ReadonlyMap<ProfileFieldId, readonly Insight[]>;
  readonly onSaved: (insight: Insight, kind: SaveKind) => void;
  readonly onConflict: (current: Insight) => void;
  readonly onDelete: (insight: Insight) => void;
}

/** How my manager works, field by field: what I asked, read or saw, and when. */
export function HowTheyWorkSection({ profileId, managerName, insightsByField, onSaved, onConflict, onDelete }: HowTheyWorkSectionProps) {
  const items = useItemStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const { open, show, close } = useDialogSlot<OpenDialog>(heading);
  return (
    <Section id="how-they-work-heading" title="How they work" headingRef={heading}>
      <p className={items.intro}>What you learn about how {managerName} likes to work. Only you see this, never {managerName}.</p>
      <ul className={items.list}>
        {PROFILE_FIELDS.map((field) => (
          <li key={field.id}>
            <ProfileFieldCard
              field={field}
              insights={insightsByField.get(field.id) ?? []}
              onAdd={(opener) => show({ field, insight: undefined }, opener)}
              onEdit={(insight, opener) => show({ field, insight }, opener)}
              onDelete={onDelete}
            />
          </li>
        ))}
      </ul>
      {open === undefined ? null : (
        <InsightDialog
          profileId={profileId}
          field={open.field}
          insight={open.insight}
          onSaved={(insight, kind) => {
            onSaved(insight, kind);
            close();
          }}
          onConflict={onConflict}
          onClose={close}
        />
      )}
    </Section>
  );
}
