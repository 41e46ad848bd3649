import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { toFieldErrors, type FieldError } from '@domain/problems';
import { useApi } from './ApiContext';
import { ApiError, failureMessage, newIdempotencyKey } from './client';
import type { SaveKind } from './itemList';

/** What every stored item has that a write needs: its id and its version. */
export interface StoredItem {
  readonly id: string;
  readonly etag: string;
}

/** How one kind of item is edited: where it lives, its contract schemas, and how a form holds it. */
export interface ItemFormOptions<Item extends StoredItem, Draft> {
  /** The API collection, e.g. `/me/goals`. */
  readonly collection: string;
  /** The item edited; undefined for a new one. */
  readonly item: Item | undefined;
  /** The contract's input schema: the same check the API runs, done before sending. */
  readonly inputSchema: z.ZodType;
  /** The contract's item schema, to read the newer version a conflict carries. */
  readonly itemSchema: z.ZodType<Item>;
  readonly toDraft: (item: Item | undefined) => Draft;
  readonly toInput: (draft: Draft) => unknown;
  /** Fields the form shows; errors on any other path are shown above the form. */
  readonly fields: readonly string[];
  readonly onSaved: (item: Item, kind: SaveKind) => void;
  readonly onConflict: (current: Item) => void;
}

/** After a conflict: the newer version is in the form; `mine` is what the user had typed. */
export type ConflictState<Draft> = { readonly stage: 'newer-loaded'; readonly mine: Draft } | { readonly stage: 'mine-restored' };

/** The form's state and actions, for {@link ItemFormOptions}. */
export interface ItemForm<Draft> {
  readonly draft: Draft;
  readonly setField: <K extends keyof Draft & string>(field: K, value: Draft[K]) => void;
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly formErrors: readonly string[];
  readonly conflict: ConflictState<Draft> | undefined;
  readonly busy: boolean;
  /** The form differs from the version it was opened on (or the newer one loaded since). */
  readonly dirty: boolean;
  /** Validates, sends, and resolves true when saved. */
  readonly submit: () => Promise<boolean>;
  /** After a conflict: put the user's own changes back on top of the newer version. */
  readonly restoreMine: () => void;
}

/** Errors by the form field they belong to; the rest, for above the form. */
export function splitFieldErrors(errors: readonly FieldError[], fields: readonly string[]) {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    if (fields.includes(error.path)) byField[error.path] ??= error.message;
    else other.push(error.message);
  }
  return { byField, other };
}

/**
 * A create-or-edit form for a personal item. Validates with the contract's schema before
 * sending; a create carries one Idempotency-Key per dialog opening (a double click or
 * retry makes no twin); an edit carries If-Match. A 400 puts the server's messages next
 * to the fields; a 412 loads the newer version into the form instead of overwriting it.
 */
export function useItemForm<Item extends StoredItem, Draft>(options: ItemFormOptions<Item, Draft>): ItemForm<Draft> {
  const { collection, inputSchema, itemSchema, toDraft, toInput, fields, onSaved, onConflict } = options;
  const api = useApi();
  const [base, setBase] = useState(options.item);
  const [draft, setDraft] = useState(() => toDraft(options.item));
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<ConflictState<Draft>>();
  const [busy, setBusy] = useState(false);

  const setField = useCallback(<K extends keyof Draft & string>(field: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setFieldErrors((previous) => {
      if (!(field in previous)) return previous;
      return Object.fromEntries(Object.entries(previous).filter(([path]) => path !== field));
    });
  }, []);

  const showErrors = (errors: readonly FieldError[]) => {
    const { byField, other } = splitFieldErrors(errors, fields);
    setFieldErrors(byField);
    setFormErrors(other);
  };

  const submit = async (): Promise<boolean> => {
    if (busy) return false;
    const parsed = inputSchema.safeParse(toInput(draft));
    if (!parsed.success) {
      showErrors(toFieldErrors(parsed.error));
      return false;
    }
    showErrors([]);
    setBusy(true);
    try {
      const body: unknown = parsed.data;
      const saved =
        base === undefined
          ? await api.send<unknown>('POST', collection, body, { idempotencyKey })
          : await api.send<unknown>('PUT', `${collection}/${encodeURIComponent(base.id)}`, body, { etag: base.etag });
      setBusy(false);
      onSaved(itemSchema.parse(saved), base === undefined ? 'created' : 'updated');
      return true;
    } catch (error) {
      setBusy(false);
      if (!(error instanceof ApiError)) {
        setFormErrors([failureMessage(error)]);
        return false;
      }
      const current = error.status === 412 ? itemSchema.safeParse(error.problem?.current) : undefined;
      if (current?.success === true) {
        setConflict({ stage: 'newer-loaded', mine: draft });
        setBase(current.data);
        setDraft(toDraft(current.data));
        onConflict(current.data);
      } else if (error.status === 412 || error.status === 404) {
        setFormErrors(['This was deleted in another window, so your changes could not be saved. Close this dialog and add it again if you still need it.']);
      } else if (error.status === 400 && (error.problem?.errors?.length ?? 0) > 0) {
        showErrors(error.problem?.errors ?? []);
      } else {
        setFormErrors([error.userMessage]);
      }
      return false;
    }
  };

  const restoreMine = () => {
    if (conflict?.stage !== 'newer-loaded') return;
    setDraft(conflict.mine);
    setConflict({ stage: 'mine-restored' });
  };

  // Drafts are plain data (strings, numbers, booleans), so their JSON compares them whole.
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(base));

  return { draft, setField, fieldErrors, formErrors, conflict, busy, dirty, submit, restoreMine };
}
