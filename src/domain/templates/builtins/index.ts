/**
 * The built-in template library: 13 read-only templates, in English and French. Their structure
 * is shared (structure.ts); only texts differ by language (content-en.ts, content-fr.ts).
 */
import type { TemplateDefinition } from '../types';
import { BUILTIN_IDS, type BuiltInKey } from './ids';
import { buildTemplate } from './shape';
import { LIBRARY_ORDER, SHAPES, type BuiltInTexts } from './structure';

export { BUILTIN_IDS, type BuiltInId, type BuiltInKey } from './ids';

export type BuiltInLanguage = 'en' | 'fr';

// Each language's texts load when first needed: a visitor in English never downloads the French.
const TEXTS: Partial<Record<BuiltInLanguage, BuiltInTexts>> = {};
const LOADERS: Record<BuiltInLanguage, () => Promise<BuiltInTexts>> = {
  en: async () => (await import('./content-en')).en,
  fr: async () => (await import('./content-fr')).fr,
};

/** Loads a language's texts; the functions below need it done for the language they are given. */
export async function loadBuiltIns(language: BuiltInLanguage): Promise<void> {
  TEXTS[language] ??= await LOADERS[language]();
}

function textsOf(language: BuiltInLanguage): BuiltInTexts {
  const texts = TEXTS[language];
  if (!texts) throw new Error(`Built-in templates in ${language} are not loaded: await loadBuiltIns('${language}') first.`);
  return texts;
}

function build(key: BuiltInKey, texts: BuiltInTexts): TemplateDefinition {
  // Each key's shape and texts match by construction of BuiltInTexts; the union loses that link.
  return buildTemplate(BUILTIN_IDS[key], SHAPES[key], texts[key] as never);
}

/** The 13 built-in templates in library order, built fresh on each call (the caller may change them). */
export function builtInTemplates(language: BuiltInLanguage): TemplateDefinition[] {
  return LIBRARY_ORDER.map((key) => build(key, textsOf(language)));
}

/** One built-in template by its fixed id, or undefined if the id is not a built-in's. */
export function builtInTemplate(id: string, language: BuiltInLanguage): TemplateDefinition | undefined {
  const key = LIBRARY_ORDER.find((k) => BUILTIN_IDS[k] === id);
  return key === undefined ? undefined : build(key, textsOf(language));
}

/** A built-in's family, known without its texts. */
export function builtInFamily(id: string) {
  const key = LIBRARY_ORDER.find((k) => BUILTIN_IDS[k] === id);
  return key === undefined ? undefined : SHAPES[key].family;
}

export function isBuiltInId(id: string): boolean {
  return (Object.values(BUILTIN_IDS) as string[]).includes(id);
}
