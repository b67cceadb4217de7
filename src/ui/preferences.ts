import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../i18n/i18n';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface Preferences {
  language: Language | null;
  theme: ThemeChoice;
  lastProductId: string | null;
  languageChosen: (language: Language) => void;
  themeChosen: (theme: ThemeChoice) => void;
  productOpened: (productId: string) => void;
}

/** Preferences of this browser: UI state, kept in localStorage, never user data. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      language: null,
      theme: 'system',
      lastProductId: null,
      languageChosen: (language) => set({ language }),
      themeChosen: (theme) => set({ theme }),
      productOpened: (lastProductId) => set({ lastProductId }),
    }),
    { name: 'plb.preferences', partialize: ({ language, theme, lastProductId }) => ({ language, theme, lastProductId }) },
  ),
);
