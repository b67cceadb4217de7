import { useId, useState } from 'react';
import { saveTemplate } from '../../db/template-commands';
import { addSection, emptySection, moveSection, normalizeBody, removeSection } from '../../domain/templates/edit';
import type { TemplateBody, TemplateDefinition, Timebox } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { drafts } from '../../ui/draft-store';
import { showNotice } from '../../ui/notices';
import { SortableList } from '../../ui/sortable-list';
import { useCommand } from '../../ui/use-command';
import { SectionEditor } from './section-editor';
import { templateSortWords } from './sort-words';

interface Draft {
  name: string;
  body: TemplateBody;
}

function TimeboxEditor({ timebox, onChange }: { timebox: Timebox; onChange: (timebox: Timebox) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const minutes = timebox.kind === 'fixed' ? timebox.minutes : timebox.kind === 'scaled' ? timebox.oneMonthMinutes : 0;
  const setKind = (kind: Timebox['kind']) => onChange(kind === 'none' ? { kind } : kind === 'fixed' ? { kind, minutes: minutes || 15 } : { kind, oneMonthMinutes: minutes || 180 });
  const setMinutes = (value: number) => onChange(timebox.kind === 'fixed' ? { kind: 'fixed', minutes: value } : { kind: 'scaled', oneMonthMinutes: value });
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('templateEditor.timeboxKind')}</label>
        <select id={`${id}-kind`} value={timebox.kind} onChange={(e) => setKind(e.target.value as Timebox['kind'])}>
          {(['none', 'fixed', 'scaled'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`templateEditor.timeboxKinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {timebox.kind !== 'none' && (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t(timebox.kind === 'fixed' ? 'templateEditor.timeboxMinutes' : 'templateEditor.timeboxMonthMinutes')}</label>
          <input id={`${id}-minutes`} type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(Math.max(1, Math.round(Number(e.target.value) || 1)))} />
        </div>
      )}
    </div>
  );
}

/** Edits a team's template; the draft survives reloads and every save is a new version. */
export function TemplateEditor({ template, onDone }: { template: TemplateDefinition; onDone: () => void }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const draftKey = `template:${template.id}@${template.version}`;
  const [draft, setDraft] = useState<Draft>(() => drafts.read<Draft>(draftKey) ?? { name: template.name, body: template.body });
  const [error, setError] = useState('');
  const change = (next: Draft) => {
    setDraft(next);
    drafts.write(draftKey, next);
  };
  const setBody = (body: TemplateBody) => change({ ...draft, body });
  const body = draft.body;
  const sectionName = (sectionId: string) => t('templateEditor.section', { position: body.sections.findIndex((s) => s.id === sectionId) + 1 });

  const save = async () => {
    const result = await run(() => saveTemplate(template.id, draft.name, normalizeBody(draft.body)));
    if (result.ok) {
      drafts.clear(draftKey);
      showNotice({ kind: 'info', message: t('templates.saved', { version: result.value.version }) });
      onDone();
    } else setError(t('errors.templateInvalid'));
  };
  const discard = () => {
    drafts.clear(draftKey);
    onDone();
  };

  return (
    <form className="form template-editor" onSubmit={(e) => e.preventDefault()} aria-label={t('templates.edit')}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('templates.name')}</label>
        <input id={`${id}-name`} value={draft.name} onChange={(e) => change({ ...draft, name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('templates.description')}</label>
        <textarea id={`${id}-description`} rows={2} value={body.description} onChange={(e) => setBody({ ...body, description: e.target.value })} />
      </div>
      <TimeboxEditor timebox={body.timebox} onChange={(timebox) => setBody({ ...body, timebox })} />
      <div className="field">
        <label htmlFor={`${id}-outputs`}>{t('templates.outputs')}</label>
        <textarea id={`${id}-outputs`} rows={2} aria-describedby={`${id}-outputs-help`} value={body.outputs.join('\n')} onChange={(e) => setBody({ ...body, outputs: e.target.value.split('\n') })} />
        <p className="field__help" id={`${id}-outputs-help`}>
          {t('templateEditor.outputsHelp')}
        </p>
      </div>
      <h2>{t('templateEditor.sections')}</h2>
      <SortableList
        ids={body.sections.map((s) => s.id)}
        label={t('templateEditor.sections')}
        words={templateSortWords(t, sectionName)}
        onMove={(from, to) => setBody(moveSection(body, from, to))}
        renderItem={(sectionId, index, handle) => (
          <SectionEditor
            section={body.sections[index]!}
            position={index + 1}
            count={body.sections.length}
            handle={handle}
            body={body}
            onBody={setBody}
            onMove={(to) => setBody(moveSection(body, index, to))}
            onRemove={() => setBody(removeSection(body, sectionId))}
          />
        )}
      />
      <button type="button" className="button" onClick={() => setBody(addSection(body, emptySection(crypto.randomUUID(), t('templateEditor.newSection'))))}>
        {t('templateEditor.addSection')}
      </button>
      <p className="field__help" role="status">
        {t('templates.unsaved')}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions form__actions--sticky">
        <button type="button" className="button" onClick={discard}>
          {t('templates.discard')}
        </button>
        <button type="button" className="button button--primary" onClick={save}>
          {t('templates.save', { version: template.version + 1 })}
        </button>
      </div>
    </form>
  );
}
