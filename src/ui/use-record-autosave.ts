import { useCallback, useEffect, useRef, useState } from 'react';
import { drafts } from './draft-store';
import type { CommandResult } from './use-command';

const DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'unsaved';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Texts without their outer spaces: the database trims one-line fields, which is no reason to rewrite the form. */
const loosely = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.trim() : v));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that hold one value per item (a template's answers, a run's notes): each item counts as a field of its own. */
type ByItem<V> = readonly (keyof V)[];

/** The fields the user changed since the form last matched the record (of a field by item, the items changed). */
function editsOf<V extends object>(base: V, values: V, byItem: ByItem<V>): Partial<V> {
  const edits: Partial<V> = {};
  for (const key of Object.keys(values) as (keyof V)[]) {
    const [was, now] = [base[key], values[key]];
    if (byItem.includes(key) && isRecord(was) && isRecord(now)) {
      const items = Object.entries(now).filter(([item, value]) => !same(value, was[item]));
      if (items.length > 0) edits[key] = Object.fromEntries(items) as V[keyof V];
    } else if (!same(now, was)) {
      edits[key] = now;
    }
  }
  return edits;
}

/** A record with the edits typed here over it. */
function withEdits<V extends object>(record: V, edits: Partial<V>, byItem: ByItem<V>): V {
  const next = { ...record };
  for (const key of Object.keys(edits) as (keyof V)[]) {
    const [was, edit] = [record[key], edits[key] as V[keyof V]];
    next[key] = byItem.includes(key) && isRecord(was) && isRecord(edit) ? ({ ...was, ...edit } as V[keyof V]) : edit;
  }
  return next;
}

/**
 * The form once the record changed elsewhere: what changed there since `base` over the form's values.
 * A field saved here that the record read does not hold yet (it was read before the save) keeps
 * what was typed; a text that differs only by its outer spaces stays as typed.
 */
function rebased<V extends object>(base: V, values: V, stored: V, byItem: ByItem<V>): V {
  const next = withEdits(values, editsOf(base, stored, byItem), byItem);
  for (const key of Object.keys(next) as (keyof V)[]) if (loosely(next[key]) === loosely(values[key])) next[key] = values[key];
  return next;
}

/** What a form keeps in its draft: the fields typed, so a draft restored later changes only those. */
interface Draft<V> {
  edits: Partial<V>;
}

const isDraft = <V>(kept: unknown): kept is Draft<V> => isRecord(kept) && Object.keys(kept).length === 1 && isRecord(kept.edits);

/** The form as a draft left it: its edits over the record, or (a draft kept by an earlier version, the whole form) as it was. */
function restored<V extends object>(kept: unknown, stored: V, byItem: ByItem<V>): V {
  if (kept === null) return stored;
  return isDraft<V>(kept) ? withEdits(stored, kept.edits, byItem) : (kept as V);
}

/** The fields of a record whose form value was edited here, for a form whose fields and record share names. */
export function onlyEdited<F extends object>(fields: F, edits: object): Partial<F> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key in edits)) as Partial<F>;
}

/**
 * A record's form values, saved while the user types (the initiative page, interviews, hypotheses,
 * stories, rituals, strategy). What is typed lives in a local draft, mirrored to this tab's drafts
 * under `draftKey`, until the database has it; a change from another tab (or undo) replaces the
 * form only when nothing local is pending.
 *
 * `persist` gets the fields typed here alone, for a command that applies them to the record inside
 * its transaction, so a field another tab changed keeps its value even when both tabs save at the
 * same moment; and, for a command that needs a whole value (one built from several fields), those
 * edits over the record as this tab last read it. `byItem` names the fields whose items count as
 * fields of their own. Nothing typed, nothing written.
 */
export function useRecordAutosave<V extends object>(
  draftKey: string,
  stored: V,
  persist: (values: V, edits: Partial<V>) => Promise<CommandResult<unknown>>,
  byItem: ByItem<V> = [],
) {
  const [values, setValues] = useState<V>(() => restored(drafts.read(draftKey), stored, byItem));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [state, setState] = useState<SaveState>(() => (same(values, stored) ? 'saved' : 'unsaved'));
  // The record as the form last matched it: what a field is compared with to know it was edited here.
  const [base, setBase] = useState<V>(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(values);
  const persistRef = useRef(persist);
  const storedRef = useRef(stored);
  const baseRef = useRef(base);
  const byItemRef = useRef(byItem);

  useEffect(() => {
    persistRef.current = persist;
    storedRef.current = stored;
    baseRef.current = base;
    byItemRef.current = byItem;
  });

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = latest.current;
    const edits = editsOf(baseRef.current, toSave, byItemRef.current);
    if (Object.keys(edits).length === 0) {
      drafts.clear(draftKey);
      setErrors({});
      setState('saved');
      return;
    }
    setState('saving');
    const result = await persistRef.current(withEdits(storedRef.current, edits, byItemRef.current), edits);
    if (result.ok) {
      setErrors({});
      if (latest.current === toSave) {
        drafts.clear(draftKey);
        setState('saved');
      }
    } else {
      setErrors(result.fields ?? {});
      setState('unsaved');
    }
  }, [draftKey]);

  useEffect(() => {
    latest.current = values;
  }, [values]);

  const change = (next: V) => {
    latest.current = next;
    setValues(next);
    setState('unsaved');
    const draft: Draft<V> = { edits: editsOf(base, next, byItem) };
    if (Object.keys(draft.edits).length > 0) drafts.write(draftKey, draft);
    else drafts.clear(draftKey);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DELAY_MS);
  };

  // A draft restored after a reload is saved straight away.
  useEffect(() => {
    if (state === 'unsaved' && !timer.current) timer.current = setTimeout(() => void save(), 0);
  }, [state, save]);

  // Flush pending input when the page closes the form.
  useEffect(
    () => () => {
      if (timer.current && drafts.read(draftKey)) void save();
      clearTimeout(timer.current);
    },
    [draftKey, save],
  );

  // Another tab (or a teammate, undo, or this form's own save) changed the record while nothing
  // here is pending: show what changed, field by field. A change that arrives during a save is
  // taken once the save is done; the record it came with may not hold that save yet.
  const storedKey = JSON.stringify(stored);
  const [syncedKey, setSyncedKey] = useState(storedKey);
  if (state === 'saved' && storedKey !== syncedKey) {
    setSyncedKey(storedKey);
    setBase(stored);
    const next = rebased(base, values, stored, byItem);
    if (loosely(values) !== loosely(next)) setValues(next);
  }

  return { values, errors, state, change, save };
}
