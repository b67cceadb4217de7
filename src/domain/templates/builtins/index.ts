/**
 * The built-in template library: 13 read-only templates, in English and French. Their structure
 * is shared (structure.ts); only texts differ by language (content-en.ts, content-fr.ts). The app
 * loads each language's built library as a data file, the first time it needs it.
 */
import { fetchData } from '../../data-file';
import type { TemplateDefinition } from '../types';
import enLibrary from './content-en.ts?data';
import frLibrary from './content-fr.ts?data';
import { BUILTIN_FAMILIES, BUILTIN_IDS, type BuiltInKey } from './ids';

export { BUILTIN_IDS, type BuiltInId, type BuiltInKey } from './ids';

export type BuiltInLanguage = 'en' | 'fr';

const URLS: Record<BuiltInLanguage, string> = { en: enLibrary, fr: frLibrary };
const LIBRARIES: Partial<Record<BuiltInLanguage, readonly TemplateDefinition[]>> = {};
const loading: Partial<Record<BuiltInLanguage, Promise<void>>> = {};

/** Loads a language's library; the functions below need it done for the language they are given. */
export function loadBuiltIns(language: BuiltInLanguage): Promise<void> {
  loading[language] ??= fetchData<TemplateDefinition[]>(URLS[language]).then(
    (library) => {
      LIBRARIES[language] = library;
    },
    (error: unknown) => {
      // A failed load (offline before the first full visit) may be retried later.
      delete loading[language];
      throw error;
    },
  );
  return loading[language];
}

function libraryOf(language: BuiltInLanguage): readonly TemplateDefinition[] {
  const library = LIBRARIES[language];
  if (!library) throw new Error(`Built-in templates in ${language} are not loaded: await loadBuiltIns('${language}') first.`);
  return library;
}

/** The 13 built-in templates in library order, copied fresh on each call (the caller may change them). */
export function builtInTemplates(language: BuiltInLanguage): TemplateDefinition[] {
  return structuredClone([...libraryOf(language)]);
}

/** One built-in template by its fixed id, or undefined if the id is not a built-in's. */
export function builtInTemplate(id: string, language: BuiltInLanguage): TemplateDefinition | undefined {
  const template = libraryOf(language).find((t) => t.id === id);
  return template && structuredClone(template);
}

function keyOf(id: string): BuiltInKey | undefined {
  return (Object.keys(BUILTIN_IDS) as BuiltInKey[]).find((key) => BUILTIN_IDS[key] === id);
}

/** A built-in's family, known without its texts. */
export function builtInFamily(id: string) {
  const key = keyOf(id);
  return key === undefined ? undefined : BUILTIN_FAMILIES[key];
}

export function isBuiltInId(id: string): boolean {
  return keyOf(id) !== undefined;
}
