import { describe, expect, it } from 'vitest';
import { GO_TIMEOUT_MS, interpretKey, isTypingTarget, type KeyPress } from '../../../src/domain/shortcuts';

const GO_KEYS = new Set(['b', 'h', 'i']);
const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, typing: false, dialogOpen: false, at: 1000, ...more });

describe('keyboard shortcuts', () => {
  it('maps the single keys, letters in either case', () => {
    expect(interpretKey(null, press('?'), GO_KEYS).action).toEqual({ kind: 'help' });
    expect(interpretKey(null, press('c'), GO_KEYS).action).toEqual({ kind: 'newInitiative' });
    expect(interpretKey(null, press('C'), GO_KEYS).action).toEqual({ kind: 'newInitiative' });
    expect(interpretKey(null, press('/'), GO_KEYS).action).toEqual({ kind: 'focusFilter' });
    expect(interpretKey(null, press('j'), GO_KEYS).action).toEqual({ kind: 'next' });
    expect(interpretKey(null, press('K'), GO_KEYS).action).toEqual({ kind: 'previous' });
    expect(interpretKey(null, press('x'), GO_KEYS).action).toBeNull();
  });

  it('goes to a view with G then its key, within the wait', () => {
    const first = interpretKey(null, press('g'), GO_KEYS);
    expect(first).toEqual({ pending: 1000, action: null });
    expect(interpretKey(first.pending, press('I', { at: 1000 + GO_TIMEOUT_MS }), GO_KEYS)).toEqual({ pending: null, action: { kind: 'go', key: 'i' } });
  });

  it('forgets G after the wait, after another key, or on a key the table lacks', () => {
    expect(interpretKey(1000, press('i', { at: 1001 + GO_TIMEOUT_MS }), GO_KEYS)).toEqual({ pending: null, action: null });
    expect(interpretKey(1000, press('x'), GO_KEYS)).toEqual({ pending: null, action: null });
    // A key the table lacks that is a shortcut of its own still works.
    expect(interpretKey(1000, press('c'), GO_KEYS)).toEqual({ pending: null, action: { kind: 'newInitiative' } });
  });

  it('never fires while typing, with a dialog open, or with Ctrl, ⌘ or Alt held', () => {
    for (const more of [{ typing: true }, { dialogOpen: true }, { ctrlKey: true }, { metaKey: true }, { altKey: true }]) {
      expect(interpretKey(null, press('c', more), GO_KEYS)).toEqual({ pending: null, action: null });
      expect(interpretKey(1000, press('i', more), GO_KEYS)).toEqual({ pending: null, action: null });
    }
  });

  it('tells fields that take text from other controls', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
