import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { deleteTemplate, duplicateTemplate } from '../../db/template-commands';
import { findTemplate } from '../../db/template-queries';
import { timeboxMinutes } from '../../domain/templates/timebox';
import type { TemplateDefinition } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { TemplateForm } from '../../ui/template-form';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { TemplateEditor } from './template-editor';
import './templates.css';
import { downloadTemplate } from './template-file';

function TimeboxText({ template }: { template: TemplateDefinition }) {
  const { t } = useTranslation();
  const box = template.body.timebox;
  if (box.kind === 'none') return <>{t('templates.timeboxNone')}</>;
  if (box.kind === 'fixed') return <>{t('templates.timeboxFixed', { minutes: box.minutes })}</>;
  return <>{t('templates.timeboxScaled', { minutes: box.oneMonthMinutes, week: timeboxMinutes(box, 1) ?? 0 })}</>;
}

/** One template: its preview, and for a team's own template, its editor. */
export function TemplatePage({ templateId }: { templateId: string }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const template = useLiveQuery(async () => (await findTemplate(templateId, language === 'fr' ? 'fr' : 'en')) ?? false, [templateId, language]);
  if (template === undefined) return null;
  if (template === false) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('templates.notFound')}</p>
        <Link className="button" href={paths.templates()}>
          {t('templates.backToLibrary')}
        </Link>
      </div>
    );
  }

  const duplicate = async () => {
    const result = await run(() => duplicateTemplate(template, t('templates.copyName', { name: template.name })));
    if (result.ok) {
      showNotice({ kind: 'info', message: t('templates.duplicated', { name: result.value.name }) });
      navigate(paths.template(result.value.id));
    }
  };
  const remove = async () => {
    const result = await run(() => deleteTemplate(template.id));
    if (!result.ok) return;
    navigate(paths.templates());
    showNotice({ kind: 'info', message: t('templates.deleted', { name: template.name }), action: undoAction('') });
  };

  return (
    <div className="page page--narrow">
      <Link href={paths.templates()}>{t('templates.backToLibrary')}</Link>
      <h1>{template.name}</h1>
      <p className="template-meta">
        <span className="badge">{t(`templates.families.${template.family}`)}</span>{' '}
        <span className="badge">{template.builtIn ? t('templates.builtIn') : `${t('templates.custom')} · ${t('templates.version', { version: template.version })}`}</span>
      </p>
      <div className="toolbar__actions">
        <button type="button" className="button" onClick={duplicate}>
          {t('templates.duplicate')}
        </button>
        {!template.builtIn && !editing && (
          <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
            {t('templates.edit')}
          </button>
        )}
        <button type="button" className="button" onClick={() => downloadTemplate(template)}>
          {t('templates.export')}
        </button>
        {!template.builtIn && (
          <button type="button" className="button button--danger" onClick={remove}>
            {t('templates.delete')}
          </button>
        )}
      </div>
      {template.builtIn && <p className="field__help">{t('templates.readOnly')}</p>}
      {editing ? (
        <TemplateEditor key={template.version} template={template} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p>{template.body.description}</p>
          <dl className="template-facts">
            <dt>{t('templates.timebox')}</dt>
            <dd>
              <TimeboxText template={template} />
            </dd>
            {template.body.outputs.length > 0 && (
              <>
                <dt>{t('templates.outputs')}</dt>
                <dd>{template.body.outputs.join(' · ')}</dd>
              </>
            )}
          </dl>
          <h2>{t('templates.previewOf')}</h2>
          <TemplateForm body={template.body} />
        </>
      )}
    </div>
  );
}
