import rosetta from 'rosetta';
import { useSyncExternalStore } from 'react';
import { en } from './en';
import type { MessageKey, Messages } from './messages';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Params = Record<string, string | number>;

/** English ships with the app; other languages load when first chosen. */
const loaders: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  fr: async () => (await import('./fr')).fr,
};

const dictionary = rosetta<Messages>({ en });
let current: Language = 'en';
let plurals = new Intl.PluralRules('en');
const listeners = new Set<() => void>();

/** The language to start in: the remembered choice, else the browser's, else English. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored === 'en' || stored === 'fr') return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  if (!dictionary.table(language)) dictionary.set(language, await loaders[language]());
  current = language;
  dictionary.locale(language);
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language;
  listeners.forEach((listener) => listener());
}

/**
 * A message in the current language. With a numeric `count`, a key that has plural forms
 * (`key_one`, `key_other`) gets the one the language's plural rules pick.
 */
export function t(key: MessageKey, params?: Params): string {
  if (typeof params?.count === 'number') {
    const plural = dictionary.t(`${key}_${plurals.select(params.count)}`, params) || dictionary.t(`${key}_other`, params);
    if (plural) return plural;
  }
  return dictionary.t(key, params);
}

export type TFunction = typeof t;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the component when the language changes. */
export function useTranslation() {
  const language = useSyncExternalStore(subscribe, () => current);
  return { t, language };
}
