import { useCallback, useEffect, useRef, useState } from 'react';
import { drafts } from './draft-store';
import type { CommandResult } from './use-command';

const DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'unsaved';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Texts without their outer spaces: the database trims one-line fields, which is no reason to rewrite the form. */
const loosely = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.trim() : v));

/**
 * A record's form values, saved while the user types (the initiative page, interviews, hypotheses). Input lives in
 * a local draft, mirrored to localStorage under `draftKey`, until the database has it; a change
 * from another tab (or undo) replaces the form only when nothing local is pending.
 */
export function useRecordAutosave<V extends object>(draftKey: string, stored: V, persist: (values: V) => Promise<CommandResult<unknown>>) {
  const [values, setValues] = useState<V>(() => drafts.read<V>(draftKey) ?? stored);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [state, setState] = useState<SaveState>(() => (same(values, stored) ? 'saved' : 'unsaved'));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(values);
  const persistRef = useRef(persist);

  useEffect(() => {
    persistRef.current = persist;
  });

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = latest.current;
    setState('saving');
    const result = await persistRef.current(toSave);
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

  // Another tab (or undo) changed the record while nothing here is pending: show its values.
  const storedKey = JSON.stringify(stored);
  const [seenKey, setSeenKey] = useState(storedKey);
  if (storedKey !== seenKey) {
    setSeenKey(storedKey);
    if (state === 'saved' && loosely(values) !== loosely(stored)) setValues(stored);
  }

  return { values, errors, state, change, save };
}
