import type { TemplateDefinition } from '../types';
import { BUILTIN_IDS } from './ids';
import { buildTemplate } from './shape';
import { LIBRARY_ORDER, SHAPES, type BuiltInTexts } from './structure';

/** The 13 built-in templates in library order, from one language's texts. */
export function buildLibrary(texts: BuiltInTexts): TemplateDefinition[] {
  // Each key's shape and texts match by construction of BuiltInTexts; the union loses that link.
  return LIBRARY_ORDER.map((key) => buildTemplate(BUILTIN_IDS[key], SHAPES[key], texts[key] as never));
}
