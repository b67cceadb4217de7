import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { defaultTemplate, libraryTemplates } from '../db/template-queries';
import type { TemplateDefinition, TemplateFamily } from '../domain/templates/types';
import { useTranslation } from '../i18n/i18n';

export interface TemplateChoice {
  options: TemplateDefinition[];
  /** The product's default for the family (a built-in when unset). */
  defaultId: string;
}

/** The templates of a family in the UI language, and the product's default among them, for a "start from" choice. */
export function useTemplateChoice(productId: string, family: TemplateFamily): TemplateChoice | undefined {
  const { language } = useTranslation();
  return useLiveQuery(async () => {
    const product = await db.products.get(productId);
    const [all, fallback] = await Promise.all([libraryTemplates(language), defaultTemplate(product ?? {}, family, language)]);
    return { options: all.filter((tpl) => tpl.family === family), defaultId: fallback.id };
  }, [productId, family, language]);
}

interface TemplateSelectProps {
  id: string;
  choice: TemplateChoice | undefined;
  /** '' means the default. */
  value: string;
  onChange: (templateId: string) => void;
}

/** A select of a family's templates, showing the product's default until another is chosen. */
export function TemplateSelect({ id, choice, value, onChange }: TemplateSelectProps) {
  return (
    <select id={id} value={value || choice?.defaultId || ''} onChange={(e) => onChange(e.target.value)} disabled={!choice}>
      {choice?.options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
