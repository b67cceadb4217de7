import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { createTemplate, importTemplate } from '../../db/template-commands';
import { libraryTemplates } from '../../db/template-queries';
import { emptySection } from '../../domain/templates/edit';
import { FAMILY_GROUP, TEMPLATE_FAMILIES, TEMPLATE_GROUPS, type TemplateDefinition, type TemplateFamily } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { DefaultTemplates } from './default-templates';
import { importErrorMessage, readTemplateFile } from './template-file';
import './templates.css';

function TemplateCard({ template }: { template: TemplateDefinition }) {
  const { t } = useTranslation();
  return (
    <li className="template-card">
      <Link className="template-card__name" href={paths.template(template.id)} aria-label={t('templates.open', { name: template.name })}>
        {template.name}
      </Link>
      <span className="badge">{template.builtIn ? t('templates.builtIn') : `${t('templates.custom')} · ${t('templates.version', { version: template.version })}`}</span>
      <p className="template-card__description">{template.body.description}</p>
    </li>
  );
}

function NewTemplateForm() {
  const { t } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const id = useId();
  const [family, setFamily] = useState<TemplateFamily>('retrospective');
  const [name, setName] = useState('');
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const body = { description: '', sections: [emptySection(crypto.randomUUID(), t('templateEditor.newSection'))], timebox: { kind: 'none' as const }, outputs: [] };
    const result = await run(() => createTemplate(family, name, body));
    if (result.ok) navigate(paths.template(result.value.id));
  };
  return (
    <form className="inline-form" onSubmit={create} aria-label={t('templates.new')}>
      <label htmlFor={`${id}-family`} className="visually-hidden">
        {t('templates.family')}
      </label>
      <select id={`${id}-family`} value={family} onChange={(e) => setFamily(e.target.value as TemplateFamily)}>
        {TEMPLATE_FAMILIES.map((f) => (
          <option key={f} value={f}>
            {t(`templates.families.${f}`)}
          </option>
        ))}
      </select>
      <input aria-label={t('templates.name')} placeholder={t('templates.name')} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button">
        {t('templates.create')}
      </button>
    </form>
  );
}

function ImportTemplate() {
  const { t } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const [error, setError] = useState('');
  const id = useId();
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = await readTemplateFile(file);
    if (!parsed.ok) {
      setError(importErrorMessage(parsed.error));
      return;
    }
    setError('');
    const result = await run(() => importTemplate(parsed.template));
    if (result.ok) {
      showNotice({ kind: 'info', message: t('templates.imported', { name: result.value.name }) });
      navigate(paths.template(result.value.id));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('templates.import')}</label>
      <input id={id} type="file" accept="application/json,.json" aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`} onChange={onFile} />
      <p className="field__help" id={`${id}-help`}>
        {t('templates.importHelp')}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The template library: built-ins and the team's own, by group and family, with their defaults. */
export function TemplatesPage() {
  const { t, language } = useTranslation();
  const templates = useLiveQuery(() => libraryTemplates(language === 'fr' ? 'fr' : 'en'), [language]);
  if (!templates) return null;
  return (
    <div className="page page--wide">
      <h1>{t('templates.title')}</h1>
      <p className="lead">{t('templates.intro')}</p>
      <div className="templates-tools">
        <NewTemplateForm />
        <ImportTemplate />
      </div>
      {TEMPLATE_GROUPS.map((group) => (
        <section key={group} className="template-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`templates.groups.${group}`)}</h2>
          {TEMPLATE_FAMILIES.filter((f) => FAMILY_GROUP[f] === group).map((family) => (
            <div key={family} className="template-family">
              <h3>{t(`templates.families.${family}`)}</h3>
              <ul className="template-list">
                {templates
                  .filter((tpl) => tpl.family === family)
                  .map((tpl) => (
                    <TemplateCard key={tpl.id} template={tpl} />
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <DefaultTemplates templates={templates} />
    </div>
  );
}
