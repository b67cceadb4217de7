/**
 * The built-in template library: 13 read-only templates, in English and French. Their structure
 * is shared (structure.ts); only texts differ by language (content-en.ts, content-fr.ts).
 */
import type { TemplateDefinition } from '../types';
import { en } from './content-en';
import { fr } from './content-fr';
import { BUILTIN_IDS, type BuiltInKey } from './ids';
import { buildTemplate } from './shape';
import { LIBRARY_ORDER, SHAPES, type BuiltInTexts } from './structure';

export { BUILTIN_IDS, type BuiltInId, type BuiltInKey } from './ids';

export type BuiltInLanguage = 'en' | 'fr';

const TEXTS: Record<BuiltInLanguage, BuiltInTexts> = { en, fr };

function build(key: BuiltInKey, texts: BuiltInTexts): TemplateDefinition {
  // Each key's shape and texts match by construction of BuiltInTexts; the union loses that link.
  return buildTemplate(BUILTIN_IDS[key], SHAPES[key], texts[key] as never);
}

/** The 13 built-in templates in library order, built fresh on each call (the caller may change them). */
export function builtInTemplates(language: BuiltInLanguage): TemplateDefinition[] {
  return LIBRARY_ORDER.map((key) => build(key, TEXTS[language]));
}

/** One built-in template by its fixed id, or undefined if the id is not a built-in's. */
export function builtInTemplate(id: string, language: BuiltInLanguage): TemplateDefinition | undefined {
  const key = LIBRARY_ORDER.find((k) => BUILTIN_IDS[k] === id);
  return key === undefined ? undefined : build(key, TEXTS[language]);
}

export function isBuiltInId(id: string): boolean {
  return (Object.values(BUILTIN_IDS) as string[]).includes(id);
}
