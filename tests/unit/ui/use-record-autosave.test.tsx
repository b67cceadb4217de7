import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { drafts } from '../../../src/ui/draft-store';
import { useRecordAutosave } from '../../../src/ui/use-record-autosave';
import type { CommandResult } from '../../../src/ui/use-command';

interface Values {
  conclusion: string;
  actual: string;
}

const blank: Values = { conclusion: '', actual: '' };

/** A form over a record whose reads the test hands over; `saved` lists the edits each save sent. */
function formOver(initial: Values) {
  const saved: Partial<Values>[] = [];
  const persist = (_whole: Values, edits: Partial<Values>): Promise<CommandResult<unknown>> => {
    saved.push(edits);
    return Promise.resolve({ ok: true, value: undefined });
  };
  const hook = renderHook(({ stored }) => useRecordAutosave('outcome:test', stored, persist), { initialProps: { stored: initial } });
  const read = (stored: Values) => hook.rerender({ stored });
  return { hook, read, saved };
}

beforeEach(() => drafts.clear('outcome:test'));

describe('a form saved as it is typed, while the record changes elsewhere', () => {
  it('keeps a figure saved here when the record read with another tab’s change was read before that save', async () => {
    const { hook, read, saved } = formOver(blank);
    act(() => hook.result.current.change({ ...blank, actual: '48' }));
    read({ conclusion: 'Concluded elsewhere', actual: '' });
    expect(hook.result.current.values).toEqual({ conclusion: '', actual: '48' });

    await act(() => hook.result.current.save());

    expect(saved).toEqual([{ actual: '48' }]);
    expect(hook.result.current.state).toBe('saved');
    expect(hook.result.current.values).toEqual({ conclusion: 'Concluded elsewhere', actual: '48' });
    read({ conclusion: 'Concluded elsewhere', actual: '48' });
    expect(hook.result.current.values).toEqual({ conclusion: 'Concluded elsewhere', actual: '48' });
  });

  it('shows a field changed elsewhere once the record holds the save, undo of it included', async () => {
    const { hook, read } = formOver(blank);
    act(() => hook.result.current.change({ ...blank, actual: '48' }));
    await act(() => hook.result.current.save());
    read({ conclusion: '', actual: '48' });

    read({ conclusion: 'A teammate’s conclusion', actual: '50' });
    expect(hook.result.current.values).toEqual({ conclusion: 'A teammate’s conclusion', actual: '50' });
    read({ conclusion: 'A teammate’s conclusion', actual: '' });
    expect(hook.result.current.values).toEqual({ conclusion: 'A teammate’s conclusion', actual: '' });
  });

  it('leaves a text as typed when the record only trimmed its outer spaces, while showing another field changed', async () => {
    const { hook, read } = formOver(blank);
    act(() => hook.result.current.change({ ...blank, conclusion: 'Met ' }));
    await act(() => hook.result.current.save());
    read({ conclusion: 'Met', actual: '' });
    expect(hook.result.current.values.conclusion).toBe('Met ');
    read({ conclusion: 'Met', actual: '12' });
    expect(hook.result.current.values).toEqual({ conclusion: 'Met ', actual: '12' });
  });
});
