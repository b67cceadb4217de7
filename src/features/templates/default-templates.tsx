import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { db } from '../../db/db';
import { setDefaultTemplate } from '../../db/template-commands';
import { TEMPLATE_FAMILIES, type TemplateDefinition } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { usePreferences } from '../../ui/preferences';
import { useCommand } from '../../ui/use-command';

/** Per family, the template the last product used starts its artefacts from. */
export function DefaultTemplates({ templates }: { templates: readonly TemplateDefinition[] }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const productId = usePreferences((s) => s.lastProductId);
  const product = useLiveQuery(async () => (productId ? ((await db.products.get(productId)) ?? null) : null), [productId]);
  if (!product || product.deletedAt !== null) return null;
  return (
    <section className="template-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('templates.defaults', { product: product.name })}</h2>
      <p className="field__help">{t('templates.defaultsHelp')}</p>
      <div className="defaults-grid">
        {TEMPLATE_FAMILIES.map((family) => {
          const options = templates.filter((tpl) => tpl.family === family);
          const chosen = product.defaultTemplates?.[family];
          const value = options.some((o) => o.id === chosen) ? chosen! : options[0]?.id;
          return (
            <div key={family} className="field">
              <label htmlFor={`${id}-${family}`}>{t('templates.defaultFor', { family: t(`templates.families.${family}`) })}</label>
              <select id={`${id}-${family}`} value={value} onChange={(e) => void run(() => setDefaultTemplate(product.id, family, e.target.value === options[0]?.id ? null : e.target.value))}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}
