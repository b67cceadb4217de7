import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore } from '../../src/ui/draft-store';

/** A Storage in memory: one localStorage for the browser, one sessionStorage per tab. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  copy() {
    const copy = new MemoryStorage();
    for (const [key, value] of this.items) copy.setItem(key, value);
    return copy;
  }
}

const MINUTE = 60_000;
let local: MemoryStorage;
let heartbeats: (() => void)[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  local = new MemoryStorage();
  heartbeats = [];
});

afterEach(() => {
  vi.useRealTimers();
});

/** A tab of the app: its own sessionStorage and page events, the browser's localStorage. */
function openTab(session = new MemoryStorage()) {
  const page = new EventTarget();
  const drafts = createDraftStore({ local: () => local, session: () => session, page, every: (_ms, beat) => heartbeats.push(beat) });
  return {
    drafts,
    session,
    /** Unloads the page, as a reload or closing the tab does. */
    unload: () => page.dispatchEvent(new Event('pagehide')),
    /** The same tab after a reload: the page unloads, its sessionStorage stays. */
    reload() {
      this.unload();
      return openTab(session);
    },
  };
}

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('drafts', () => {
  it('are kept per tab: two tabs typing in the same record do not overwrite each other’s', () => {
    const a = openTab();
    const b = openTab();
    a.drafts.write('story:1', { edits: { asA: 'typed in tab A' } });
    b.drafts.write('story:1', { edits: { iWant: 'typed in tab B' } });
    expect(a.drafts.read('story:1')).toEqual({ edits: { asA: 'typed in tab A' } });
    expect(b.drafts.read('story:1')).toEqual({ edits: { iWant: 'typed in tab B' } });
    b.drafts.clear('story:1');
    expect(a.drafts.read('story:1')).toEqual({ edits: { asA: 'typed in tab A' } });
    expect(b.drafts.read('story:1')).toBeNull();
  });

  it('come back after a reload of their tab, and stay that tab’s', () => {
    const a = openTab();
    const b = openTab();
    a.drafts.write('outcome:1', 'typed before the reload');
    const reloaded = a.reload();
    expect(reloaded.drafts.read('outcome:1')).toBe('typed before the reload');
    expect(b.drafts.read('outcome:1')).toBeNull();
    // Long after, the tab that still lives keeps them.
    for (let i = 0; i < 10; i++) {
      advance(MINUTE);
      heartbeats.forEach((beat) => beat());
    }
    expect(b.drafts.read('outcome:1')).toBeNull();
    expect(reloaded.drafts.read('outcome:1')).toBe('typed before the reload');
  });

  it('are not shared with a duplicate of the tab, which copies its sessionStorage', () => {
    const a = openTab();
    a.drafts.write('objective:1', 'typed in the original');
    const duplicate = openTab(a.session.copy());
    expect(duplicate.drafts.read('objective:1')).toBeNull();
    duplicate.drafts.write('objective:1', 'typed in the duplicate');
    expect(a.drafts.read('objective:1')).toBe('typed in the original');
  });

  it('left by a tab that was closed are taken over by the next tab that opens the record, once', () => {
    const a = openTab();
    const b = openTab();
    a.drafts.write('ritual-run:1', 'typed, then the tab was closed');
    a.unload();
    expect(b.drafts.read('ritual-run:1')).toBe('typed, then the tab was closed');
    expect(openTab().drafts.read('ritual-run:1')).toBeNull();
    // Now this tab's: it stays through a reload and goes once saved.
    const reloaded = b.reload();
    expect(reloaded.drafts.read('ritual-run:1')).toBe('typed, then the tab was closed');
    reloaded.drafts.clear('ritual-run:1');
    expect(reloaded.drafts.read('ritual-run:1')).toBeNull();
  });

  it('left by a tab that crashed are taken over once it has been silent for minutes', () => {
    const a = openTab();
    a.drafts.write('strategy:1', 'typed, then the browser crashed');
    const b = openTab();
    expect(b.drafts.read('strategy:1')).toBeNull();
    advance(4 * MINUTE);
    expect(b.drafts.read('strategy:1')).toBe('typed, then the browser crashed');
  });

  it('of one record left by several closed tabs: the newest is taken over', () => {
    const older = openTab();
    older.drafts.write('keyResult:1', 'older');
    advance(1000);
    const newer = openTab();
    newer.drafts.write('keyResult:1', 'newer');
    older.unload();
    newer.unload();
    const next = openTab();
    expect(next.drafts.read('keyResult:1')).toBe('newer');
    next.drafts.clear('keyResult:1');
    expect(next.drafts.read('keyResult:1')).toBeNull();
  });

  it('kept by the version before per-tab drafts are taken over too', () => {
    local.setItem('plb.draft.initiative:1', JSON.stringify({ title: 'typed before the update' }));
    const tab = openTab();
    expect(tab.drafts.read('initiative:1')).toEqual({ title: 'typed before the update' });
    expect(local.getItem('plb.draft.initiative:1')).toBeNull();
  });

  it('change nothing and fail quietly when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const tab = createDraftStore({ local: blocked, session: blocked, page: new EventTarget(), every: () => undefined });
    expect(() => tab.write('story:1', 'x')).not.toThrow();
    expect(tab.read('story:1')).toBeNull();
    expect(() => tab.clear('story:1')).not.toThrow();
  });
});
