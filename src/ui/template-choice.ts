import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { defaultTemplate, libraryTemplates } from '../db/template-queries';
import type { TemplateDefinition, TemplateFamily } from '../domain/templates/types';
import { useTranslation } from '../i18n/i18n';

export interface FamilyTemplates {
  options: TemplateDefinition[];
  /** The product's default for the family (a built-in when unset). */
  defaultId: string;
}

/** The templates of a family in the UI language, and the product's default among them, for a "start from" choice. */
export function useFamilyTemplates(productId: string, family: TemplateFamily): FamilyTemplates | undefined {
  const { language } = useTranslation();
  return useLiveQuery(async () => {
    const product = await db.products.get(productId);
    const [all, fallback] = await Promise.all([libraryTemplates(language), defaultTemplate(product ?? {}, family, language)]);
    return { options: all.filter((tpl) => tpl.family === family), defaultId: fallback.id };
  }, [productId, family, language]);
}
