import { useId } from 'react';
import { runCompletion } from '../../domain/delivery/rituals';
import type { RitualRun } from '../../domain/delivery/types';
import type { AnswerValue } from '../../domain/templates/instantiate';
import type { TemplateItem } from '../../domain/templates/types';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { checklistBody } from './ritual-outputs';

function answerText(value: AnswerValue | undefined, t: TFunction): string | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (typeof value === 'boolean') return value ? t('rituals.checklist.yes') : t('rituals.checklist.no');
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function ReadItem({ item, run }: { item: TemplateItem; run: RitualRun }) {
  const { t } = useTranslation();
  const note = run.content.notes[item.id]?.trim();
  let line;
  if (item.kind === 'prompt') line = <p className="ritual-read__prompt">{item.text}</p>;
  else if (item.kind === 'check') {
    const done = run.content.checked[item.id] === true;
    line = (
      <p className={`ritual-read__check ritual-read__check--${done ? 'done' : 'open'}`}>
        <span className="ritual-read__mark" aria-hidden="true">
          {done ? '✓' : '○'}
        </span>
        <span className="visually-hidden">{done ? t('rituals.checklist.done') : t('rituals.checklist.notDone')}</span> {item.text}
      </p>
    );
  } else {
    const answer = answerText(run.content.answers[item.id], t);
    line = (
      <div className="ritual-read__field">
        <p className="ritual-read__label">{item.label}</p>
        <p className={answer === null ? 'field__help' : 'ritual-read__answer'}>{answer ?? t('rituals.checklist.notAnswered')}</p>
      </div>
    );
  }
  return (
    <li className="ritual-read__item">
      {line}
      {note && (
        <p className="ritual-note ritual-note--read">
          <span className="ritual-note__label">{t('rituals.note.label')}</span> {note}
        </p>
      )}
    </li>
  );
}

/** A finished run's checklist as a record: what was ticked, what was written, the notes; nothing to change. */
export function RitualChecklistRead({ run }: { run: RitualRun }) {
  const { t } = useTranslation();
  const id = useId();
  const { done, total } = runCompletion(run);
  return (
    <section className="ritual-panel ritual-checklist" aria-labelledby={`${id}-title`}>
      <div className="ritual-panel__header">
        <h2 id={`${id}-title`}>{t('rituals.checklist.title')}</h2>
        {total > 0 && <span className="count">{t('rituals.history.items', { done, total })}</span>}
      </div>
      {checklistBody(run).sections.map((section) => (
        <section key={section.id} className="ritual-read__section" aria-labelledby={`${id}-${section.id}`}>
          <h3 id={`${id}-${section.id}`}>{section.title}</h3>
          <ul className="ritual-read">
            {section.items.map((item) => (
              <ReadItem key={item.id} item={item} run={run} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
