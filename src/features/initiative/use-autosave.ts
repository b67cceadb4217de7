import { useCallback, useEffect, useRef, useState } from 'react';
import { editInitiative } from '../../db/initiative-commands';
import { parseTags } from '../../domain/tags';
import type { Initiative } from '../../domain/types';
import { drafts } from '../../ui/draft-store';
import type { InitiativeFieldValues } from '../../ui/initiative-fields';
import { useCommand } from '../../ui/use-command';

const DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'unsaved';

export function fieldsOf(i: Initiative): InitiativeFieldValues {
  return { title: i.title, summary: i.summary, problem: i.problem, owner: i.owner, tags: i.tags.join(', '), segment: i.segment };
}

function same(a: InitiativeFieldValues, b: InitiativeFieldValues) {
  return (Object.keys(a) as (keyof InitiativeFieldValues)[]).every((k) => a[k] === b[k]);
}

/**
 * The initiative form's values, saved while the user types. Input lives in a local draft
 * (mirrored to localStorage) until the database has it; a change from another tab replaces the
 * form only when nothing local is pending.
 */
export function useAutosave(initiative: Initiative) {
  const run = useCommand();
  const stored = fieldsOf(initiative);
  const [values, setValues] = useState<InitiativeFieldValues>(() => drafts.read<InitiativeFieldValues>(initiative.id) ?? stored);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [state, setState] = useState<SaveState>(() => (same(values, stored) ? 'saved' : 'unsaved'));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(values);

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    const toSave = latest.current;
    setState('saving');
    const result = await run(() => editInitiative(initiative.id, { ...toSave, tags: parseTags(toSave.tags) }));
    if (result.ok) {
      setErrors({});
      if (latest.current === toSave) {
        drafts.clear(initiative.id);
        setState('saved');
      }
    } else {
      setErrors(result.fields ?? {});
      setState('unsaved');
    }
  }, [initiative.id, run]);

  useEffect(() => {
    latest.current = values;
  }, [values]);

  const change = (next: InitiativeFieldValues) => {
    latest.current = next;
    setValues(next);
    setState('unsaved');
    drafts.write(initiative.id, next);
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
      if (timer.current && drafts.read(initiative.id)) void save();
      clearTimeout(timer.current);
    },
    [initiative.id, save],
  );

  // Another tab (or undo) changed the record while nothing here is pending: show its values.
  const storedKey = JSON.stringify(stored);
  const [seenKey, setSeenKey] = useState(storedKey);
  if (storedKey !== seenKey) {
    setSeenKey(storedKey);
    if (state === 'saved' && !same(values, stored)) setValues(stored);
  }

  return { values, errors, state, change, save };
}
