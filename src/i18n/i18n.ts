import rosetta from 'rosetta';
import { useSyncExternalStore } from 'react';
import { en } from './en';
import type { MessageKey, Messages, Section } from './messages';
import { SECTION_LOADERS } from './sections';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Params = Record<string, string | number>;

/** English ships with the app; other languages load when first chosen. */
const loaders: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  fr: async () => (await import('./fr')).fr,
};

// A copy: rosetta merges sections into the table it holds, and `en` must stay the core messages only.
const dictionary = rosetta<Record<string, unknown>>({ en: { ...en } });
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

/** Sections some screen asked for, and the languages each is loaded in. */
const wanted = new Set<Section>();
const loaded = new Map<Language, Set<Section>>();

type Table = Record<string, unknown>;

/**
 * Adds a section to a language's table. rosetta replaces top-level keys, so a top-level key that
 * both hold (`errors`: a few in the core, the rest in their section) is merged one level down.
 */
function merge(language: Language, section: object) {
  const table = dictionary.table(language) ?? {};
  const merged = Object.fromEntries(
    Object.entries(section).map(([key, value]) => {
      const existing = table[key];
      return [key, existing && typeof existing === 'object' ? { ...existing, ...(value as Table) } : value];
    }),
  );
  dictionary.set(language, merged);
}

async function loadWanted(language: Language): Promise<void> {
  const have = loaded.get(language) ?? new Set<Section>();
  loaded.set(language, have);
  const missing = [...wanted].filter((section) => !have.has(section));
  const tables = await Promise.all(missing.map((section) => SECTION_LOADERS[section][language]()));
  tables.forEach((table, i) => {
    merge(language, table);
    have.add(missing[i]!);
  });
}

/**
 * Loads the messages of the given sections in the current language (and in any language chosen
 * later). A screen awaits it before its first render: see `lazyWithMessages` in the app.
 */
export async function loadMessages(...sections: Section[]): Promise<void> {
  sections.forEach((section) => wanted.add(section));
  await loadWanted(current);
}

export async function setLanguage(language: Language): Promise<void> {
  if (!dictionary.table(language)) dictionary.set(language, await loaders[language]());
  await loadWanted(language);
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
