/**
 * Unsaved form input, kept synchronously in localStorage on every keystroke so that a reload or
 * a crash between typing and saving loses nothing. Cleared once the database has the value.
 *
 * Each tab keeps its own drafts, under its tab id and the record's key, so two tabs typing in the
 * same record never overwrite each other's. A reload keeps the tab id (sessionStorage), so the tab
 * finds its drafts again, also when it was outdated or the disk was full. A draft whose tab has
 * gone (closed, or crashed) is adopted by the next tab that reads that record's key.
 */
const DRAFT_PREFIX = 'plb.tabdraft.';
/** Drafts kept by versions before per-tab drafts: read once, as a gone tab's. */
const LEGACY_PREFIX = 'plb.draft.';
const ALIVE_PREFIX = 'plb.alive.';
const TAB_ID_KEY = 'plb.tab';
const HEARTBEAT_MS = 20_000;
/** A tab not heard of for this long has gone; hidden tabs may run their timers only once a minute. */
const GONE_AFTER_MS = 3 * 60_000;

export interface DraftStore {
  /** This tab's draft under `key`, or else the newest one a gone tab left there (then this tab's). */
  read<T>(key: string): T | null;
  write(key: string, value: unknown): void;
  clear(key: string): void;
}

/** What the store runs on: the page's storages and events in the app; stand-ins for a second tab in tests. */
export interface DraftEnvironment {
  local: () => Storage;
  session: () => Storage;
  page: EventTarget;
  every: (ms: number, run: () => void) => void;
}

interface Kept {
  at: number;
  value: unknown;
}

function attempt<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch {
    // Storage full or blocked (some private windows): the form still holds the input on screen.
    return fallback;
  }
}

const parse = (raw: string | null): unknown => (raw === null ? null : attempt(() => JSON.parse(raw) as unknown, null));

const keptIn = (raw: string | null): Kept | null => {
  const kept = parse(raw) as Partial<Kept> | null;
  return kept && typeof kept.at === 'number' && 'value' in kept ? (kept as Kept) : null;
};

export function createDraftStore({ local, session, page, every }: DraftEnvironment): DraftStore {
  // Taken out of sessionStorage while the tab lives and put back as it unloads: a reload finds it,
  // while a tab duplicated meanwhile (which copies sessionStorage) gets an id of its own.
  const tabId = attempt(() => session().getItem(TAB_ID_KEY), null) ?? crypto.randomUUID();
  attempt(() => session().removeItem(TAB_ID_KEY), undefined);

  const beat = () => attempt(() => local().setItem(ALIVE_PREFIX + tabId, String(Date.now())), undefined);
  const gone = (id: string) => {
    const seen = attempt(() => local().getItem(ALIVE_PREFIX + id), null);
    return seen === null || Date.now() - Number(seen) > GONE_AFTER_MS;
  };
  beat();
  every(HEARTBEAT_MS, beat);
  page.addEventListener('pagehide', () => {
    attempt(() => session().setItem(TAB_ID_KEY, tabId), undefined);
    attempt(() => local().removeItem(ALIVE_PREFIX + tabId), undefined);
  });
  page.addEventListener('pageshow', (event) => {
    if (!(event as PageTransitionEvent).persisted) return;
    attempt(() => session().removeItem(TAB_ID_KEY), undefined);
    beat();
  });

  const own = (key: string) => `${DRAFT_PREFIX}${tabId}.${key}`;

  /** Drafts of `key` left by tabs that have gone, and by earlier versions; forgets the tabs long gone on the way. */
  function orphans(key: string): { storageKey: string; kept: Kept }[] {
    const storage = local();
    const found: { storageKey: string; kept: Kept }[] = [];
    const forgotten: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const storageKey = storage.key(i);
      if (storageKey?.startsWith(ALIVE_PREFIX)) {
        if (gone(storageKey.slice(ALIVE_PREFIX.length))) forgotten.push(storageKey);
      } else if (storageKey === LEGACY_PREFIX + key) {
        const value = parse(storage.getItem(storageKey));
        if (value !== null) found.push({ storageKey, kept: { at: 0, value } });
      } else if (storageKey?.startsWith(DRAFT_PREFIX)) {
        const rest = storageKey.slice(DRAFT_PREFIX.length);
        const dot = rest.indexOf('.');
        const owner = rest.slice(0, dot);
        if (dot < 1 || rest.slice(dot + 1) !== key || owner === tabId || !gone(owner)) continue;
        const kept = keptIn(storage.getItem(storageKey));
        if (kept) found.push({ storageKey, kept });
      }
    }
    for (const storageKey of forgotten) storage.removeItem(storageKey);
    return found;
  }

  /**
   * Takes over the newest orphan draft of `key`. Older ones are dropped: they were typed before it
   * in the same form, and restoring them after it would bring back what it replaced.
   */
  function adopt(key: string): unknown {
    const found = orphans(key);
    if (found.length === 0) return null;
    const newest = found.reduce((a, b) => (b.kept.at > a.kept.at ? b : a));
    // Left where they are if this tab cannot keep it (storage full): the next read tries again.
    const taken = attempt(() => {
      local().setItem(own(key), JSON.stringify(newest.kept));
      return true;
    }, false);
    if (taken) for (const { storageKey } of found) attempt(() => local().removeItem(storageKey), undefined);
    return newest.kept.value;
  }

  return {
    read<T>(key: string): T | null {
      const kept = keptIn(attempt(() => local().getItem(own(key)), null));
      if (kept) return kept.value as T;
      return attempt(() => adopt(key), null) as T | null;
    },
    write(key: string, value: unknown) {
      const kept: Kept = { at: Date.now(), value };
      attempt(() => local().setItem(own(key), JSON.stringify(kept)), undefined);
      beat();
    },
    clear(key: string) {
      attempt(() => local().removeItem(own(key)), undefined);
    },
  };
}

export const drafts = createDraftStore({
  local: () => localStorage,
  session: () => sessionStorage,
  page: window,
  every: (ms, run) => setInterval(run, ms),
});
