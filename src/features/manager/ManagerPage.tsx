import { Button, Link, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Insight, Manager, Priority } from '@domain/manager/managerProfile';
import type { ManagerView } from '@domain/manager/managerView';
import { useApi } from '../../shared/api/ApiContext';
import { ApiError, failureMessage } from '../../shared/api/client';
import { removeItem, upsertItem } from '../../shared/api/itemList';
import { useResource } from '../../shared/api/useResource';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { StatusToast, useStatusMessage } from '../../shared/ui/StatusToast';
import { useDialogSlot } from '../../shared/ui/useDialogSlot';
import { usePageStyles } from '../../shared/ui/usePageStyles';
import { useUndoableDelete } from '../../shared/ui/useUndoableDelete';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { HowTheyWorkSection } from './HowTheyWorkSection';
import { ManagerDialog } from './ManagerDialog';
import { contentOf, positionForMove, priorityBody, profileToShow } from './managerPage';
import { PrioritiesSection } from './PrioritiesSection';
import { ProfileHeader } from './ProfileHeader';

type OpenDialog = { readonly kind: 'new' } | { readonly kind: 'edit' | 'delete'; readonly profile: Manager };

const useStyles = makeStyles({
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** An insight as the undoable delete names it: by its first words. */
const named = (insight: Insight) => ({ ...insight, title: insight.text.length > 60 ? `${insight.text.slice(0, 59)}…` : insight.text });

/**
 * "My manager": a private profile of how my manager works and what matters to them, one per
 * manager, loaded in one call (one partition query). Earlier managers' profiles stay readable.
 */
export function ManagerPage() {
  const page = usePageStyles();
  const styles = useStyles();
  const api = useApi();
  const { state, reload, mutate } = useResource(() => api.get<ManagerView>('/me/manager'));
  const { status, announce } = useStatusMessage();
  const [pickedId, setPickedId] = useState<string>();
  const top = useRef<HTMLDivElement>(null);
  const { open, show, close } = useDialogSlot<OpenDialog>(top);
  const view = state.data;
  const shown = view === undefined ? undefined : profileToShow(view.profiles, pickedId);
  const content = view === undefined || shown === undefined ? undefined : contentOf(view, shown);

  const putProfile = (profile: Manager) => mutate((current) => ({ ...current, profiles: upsertItem(current.profiles, profile) }));
  const putPriority = (priority: Priority) => mutate((current) => ({ ...current, priorities: upsertItem(current.priorities, priority) }));
  const putInsight = (insight: Insight) => mutate((current) => ({ ...current, insights: upsertItem(current.insights, insight) }));
  const stale = () => void reload();
  const deletePriority = useUndoableDelete<Priority>({
    collection: '/me/priorities',
    noun: 'priority',
    onRemove: (priority) => mutate((current) => ({ ...current, priorities: removeItem(current.priorities, priority.id) })),
    onRestore: putPriority,
    onStale: stale,
    announce,
  });
  const deleteInsight = useUndoableDelete<Insight & { title: string }>({
    collection: '/me/insights',
    noun: 'entry',
    onRemove: (insight) => mutate((current) => ({ ...current, insights: removeItem(current.insights, insight.id) })),
    onRestore: putInsight,
    onStale: stale,
    announce,
  });

  const move = async (index: number, direction: 'up' | 'down') => {
    const ranked = content?.priorities ?? [];
    const priority = ranked[index];
    const position = positionForMove(ranked, index, direction);
    if (priority === undefined || position === undefined) return;
    putPriority({ ...priority, position });
    try {
      putPriority(await api.send<Priority>('PUT', `/me/priorities/${encodeURIComponent(priority.id)}`, priorityBody({ ...priority, position }), { etag: priority.etag }));
      announce(`Moved ${direction}: ${priority.title}`);
    } catch (error) {
      void reload();
      announce(error instanceof ApiError && error.status === 412 ? `“${priority.title}” was changed in another window; here it is as it is now.` : `Not moved: ${failureMessage(error)}`);
    }
  };

  return (
    <main className={page.page}>
      <div className={styles.top} ref={top} tabIndex={-1}>
        <Link href="#/personal">My goals, wins and commitments</Link>
        <Title2 as="h1" className={page.title}>
          {shown === undefined ? 'My manager' : `My manager: ${shown.name}`}
        </Title2>
        {view !== undefined && shown !== undefined && content !== undefined ? (
          <ProfileHeader
            profiles={view.profiles}
            shown={shown}
            isCurrent={content.isCurrent}
            onPick={setPickedId}
            onEdit={(opener) => show({ kind: 'edit', profile: shown }, opener)}
            onNewManager={(opener) => show({ kind: 'new' }, opener)}
            onDelete={(opener) => show({ kind: 'delete', profile: shown }, opener)}
          />
        ) : null}
      </div>
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {view === undefined ? (
        state.status === 'error' ? null : <ListSkeleton label="Loading your manager profile" />
      ) : shown === undefined || content === undefined ? (
        <EmptyState
          title="Who is your manager?"
          action={
            <Button appearance="primary" onClick={(event) => show({ kind: 'new' }, event.currentTarget)}>
              Start a profile
            </Button>
          }
        >
          Build your own picture of how your manager works: what they are measured on, how they like updates and feedback, when to reach them. Only you see it.
        </EmptyState>
      ) : (
        <div className={page.columns}>
          <PrioritiesSection
            profileId={shown.id}
            managerName={shown.name}
            priorities={content.priorities}
            supportOf={content.supportOf}
            onSaved={(priority, kind) => {
              putPriority(priority);
              announce(`Priority ${kind === 'created' ? 'added' : 'saved'}: ${priority.title}`);
            }}
            onConflict={putPriority}
            onMove={(index, direction) => void move(index, direction)}
            onDelete={(priority) => deletePriority(priority, `Priority deleted: ${priority.title}`)}
          />
          <HowTheyWorkSection
            profileId={shown.id}
            managerName={shown.name}
            insightsByField={content.insightsByField}
            onSaved={(insight, kind) => {
              putInsight(insight);
              announce(kind === 'created' ? 'Added to the profile.' : 'Entry saved.');
            }}
            onConflict={putInsight}
            onDelete={(insight) => deleteInsight(named(insight), `Entry deleted: ${named(insight).title}`)}
          />
        </div>
      )}
      {open?.kind === 'new' || open?.kind === 'edit' ? (
        <ManagerDialog
          manager={open.kind === 'edit' ? open.profile : undefined}
          onSaved={(profile, kind) => {
            putProfile(profile);
            if (kind === 'created') setPickedId(profile.id);
            announce(kind === 'created' ? `Profile started: ${profile.name}` : `Saved: ${profile.name}`);
            close();
          }}
          onConflict={putProfile}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <DeleteProfileDialog
          profile={open.profile}
          entries={(view?.insights ?? []).filter((entry) => entry.profileId === open.profile.id).length + (view?.priorities ?? []).filter((entry) => entry.profileId === open.profile.id).length}
          onDeleted={(profile) => {
            setPickedId(undefined);
            close();
            announce(`Profile deleted: ${profile.name}`);
            void reload();
          }}
          onStale={stale}
          onClose={close}
        />
      ) : null}
      <StatusToast status={status} />
    </main>
  );
}
