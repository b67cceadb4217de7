import { create } from 'zustand';
import type { CardDensity } from '../domain/card-chips';
import type { Language } from '../i18n/i18n';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface Stored {
  language: Language | null;
  theme: ThemeChoice;
  lastProductId: string | null;
  /** The name last given to a team (sharing or joining a product), offered again next time. */
  displayName: string;
  /** The product sidebar folded to a rail, for more board on a desk. */
  sidebarCollapsed: boolean;
  /** How much the board's cards show: comfortable, or compact for more cards on a screen. */
  cardDensity: CardDensity;
}

interface Preferences extends Stored {
  languageChosen: (language: Language) => void;
  themeChosen: (theme: ThemeChoice) => void;
  productOpened: (productId: string) => void;
  displayNameUsed: (displayName: string) => void;
  sidebarToggled: () => void;
  cardDensityChosen: (cardDensity: CardDensity) => void;
}

const KEY = 'plb.preferences';

/**
 * What this browser remembered, in the `{ state, version }` form zustand's persist middleware
 * wrote it in earlier versions, so past choices survive. Anything odd found there is ignored.
 */
function remembered(): Stored {
  let state: Partial<Record<keyof Stored, unknown>> = {};
  try {
    state = (JSON.parse(localStorage.getItem(KEY) ?? 'null') as { state?: typeof state } | null)?.state ?? {};
  } catch {
    // Blocked or damaged storage: start from the defaults.
  }
  return {
    language: state.language === 'en' || state.language === 'fr' ? state.language : null,
    theme: state.theme === 'light' || state.theme === 'dark' ? state.theme : 'system',
    lastProductId: typeof state.lastProductId === 'string' ? state.lastProductId : null,
    displayName: typeof state.displayName === 'string' ? state.displayName.slice(0, 80) : '',
    sidebarCollapsed: state.sidebarCollapsed === true,
    cardDensity: state.cardDensity === 'compact' ? 'compact' : 'comfortable',
  };
}

/** Preferences of this browser: UI state, kept in localStorage, never user data. */
export const usePreferences = create<Preferences>()((set) => ({
  ...remembered(),
  languageChosen: (language) => set({ language }),
  themeChosen: (theme) => set({ theme }),
  productOpened: (lastProductId) => set({ lastProductId }),
  displayNameUsed: (displayName) => set({ displayName }),
  sidebarToggled: () => set((s) => ({ sidebarCollapsed: !s.sidebarCollapsed })),
  cardDensityChosen: (cardDensity) => set({ cardDensity }),
}));

usePreferences.subscribe(({ language, theme, lastProductId, displayName, sidebarCollapsed, cardDensity }) => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ state: { language, theme, lastProductId, displayName, sidebarCollapsed, cardDensity }, version: 0 }));
  } catch {
    // Storage full or blocked: the choice holds for this visit.
  }
});
