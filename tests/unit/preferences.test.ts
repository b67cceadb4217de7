import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'plb.preferences';

async function freshStore() {
  vi.resetModules();
  return (await import('../../src/ui/preferences')).usePreferences;
}

beforeEach(() => localStorage.clear());

describe('preferences', () => {
  it('reads what earlier versions remembered, in their { state, version } form', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { language: 'fr', theme: 'dark', lastProductId: 'p1' }, version: 0 }));
    const prefs = (await freshStore()).getState();
    expect([prefs.language, prefs.theme, prefs.lastProductId]).toEqual(['fr', 'dark', 'p1']);
  });

  it('ignores damaged or foreign values and starts from the defaults', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { language: 'de', theme: '<script>', lastProductId: 42, displayName: { name: 'x' }, sidebarCollapsed: 'yes', cardDensity: 'tiny' } }));
    const prefs = (await freshStore()).getState();
    expect([prefs.language, prefs.theme, prefs.lastProductId, prefs.displayName, prefs.sidebarCollapsed, prefs.cardDensity]).toEqual([null, 'system', null, '', false, 'comfortable']);
    localStorage.setItem(KEY, '{not json');
    expect((await freshStore()).getState().theme).toBe('system');
  });

  it('remembers each choice at once', async () => {
    const store = await freshStore();
    store.getState().languageChosen('fr');
    store.getState().themeChosen('light');
    store.getState().displayNameUsed('Ana');
    store.getState().sidebarToggled();
    store.getState().cardDensityChosen('compact');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ state: { language: 'fr', theme: 'light', lastProductId: null, displayName: 'Ana', sidebarCollapsed: true, cardDensity: 'compact' }, version: 0 });
    expect((await freshStore()).getState().cardDensity).toBe('compact');
  });
});
