import { useCallback, useEffect, useRef, useState } from 'react';
import { drafts } from './draft-store';
import type { CommandResult } from './use-command';

const DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'unsaved';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Texts without their outer spaces: the database trims one-line fields, which is no reason to rewrite the form. */
const loosely = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.trim() : v));

/** The fields the user changed since the form last matched the record. */
function editsOf<V extends object>(base: V, values: V): Partial<V> {
  const edits: Partial<V> = {};
  for (const key of Object.keys(values) as (keyof V)[]) {
    if (!same(values[key], base[key])) edits[key] = values[key];
  }
  return edits;
}

/** The fields of a record whose form value was edited here, for a form whose fields and record share names. */
export function onlyEdited<F extends object>(fields: F, edits: object): Partial<F> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key in edits)) as Partial<F>;
}

/**
 * A record's form values, saved while the user types (the initiative page, interviews, hypotheses). Input lives in
 * a local draft, mirrored to localStorage under `draftKey`, until the database has it; a change
 * from another tab (or undo) replaces the form only when nothing local is pending.
 *
 * `persist` gets the values to save: the fields typed here over the record as this tab last read
 * it, so a field another tab changed is not written back with the value this form showed; and
 * those edits alone, for a command that applies a patch to the record inside its transaction
 * (which is the only way to keep both edits when two tabs save at the same moment).
 */
export function useRecordAutosave<V extends object>(draftKey: string, stored: V, persist: (values: V, edits: Partial<V>) => Promise<CommandResult<unknown>>) {
  const [values, setValues] = useState<V>(() => drafts.read<V>(draftKey) ?? stored);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [state, setState] = useState<SaveState>(() => (same(values, stored) ? 'saved' : 'unsaved'));
  // The record as the form last matched it: what a field is compared with to know it was edited here.
  const [base, setBase] = useState<V>(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(values);
  const persistRef = useRef(persist);
  const storedRef = useRef(stored);
  const baseRef = useRef(base);

  useEffect(() => {
    persistRef.current = persist;
    storedRef.current = stored;
    baseRef.current = base;
  });

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = latest.current;
    setState('saving');
    const edits = editsOf(baseRef.current, toSave);
    const result = await persistRef.current({ ...storedRef.current, ...edits }, edits);
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
    drafts.write(draftKey, next);
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

  // Another tab (or undo, or this form's own save) changed the record while nothing here is
  // pending: show its values. A change that arrives during a save is taken once the save is done.
  const storedKey = JSON.stringify(stored);
  const [syncedKey, setSyncedKey] = useState(storedKey);
  if (state === 'saved' && storedKey !== syncedKey) {
    setSyncedKey(storedKey);
    setBase(stored);
    if (loosely(values) !== loosely(stored)) setValues(stored);
  }

  return { values, errors, state, change, save };
}
