import { useId, useState } from 'react';
import { tickRitualItem } from '../../db/ritual-commands';
import { runCompletion } from '../../domain/delivery/rituals';
import type { RitualRun } from '../../domain/delivery/types';
import type { AnswerValue } from '../../domain/templates/instantiate';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { TemplateForm } from '../../ui/template-form';
import { useCommand } from '../../ui/use-command';
import { checklistBody } from './ritual-outputs';
import { RitualNote } from './ritual-note';

interface RitualChecklistProps {
  run: RitualRun;
  /** The form's values, ahead of the database while a save is pending. */
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  errors: Record<string, string | undefined>;
  onAnswer: (itemId: string, value: AnswerValue) => void;
  onNote: (itemId: string, note: string) => void;
  /** Leaving a field saves at once rather than after the typing pause. */
  onBlur: () => void;
}

/** The template snapshot being run: prompts to read, items to tick (each with a note), fields to fill. */
export function RitualChecklist({ run, answers, notes, errors, onAnswer, onNote, onBlur }: RitualChecklistProps) {
  const { t } = useTranslation();
  const command = useCommand();
  const id = useId();
  const { done, total } = runCompletion(run);
  const checks = run.content.template.body.sections.flatMap((s) => s.items);
  // A tick shows at once; it gives way to the stored value once the database has it (or refused it).
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const stored = run.content.checked;
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setPending(Object.fromEntries(Object.entries(pending).filter(([itemId, checked]) => stored[itemId] !== checked)));
  }

  const tick = async (itemId: string, checked: boolean) => {
    setPending((p) => ({ ...p, [itemId]: checked }));
    const result = await command(() => tickRitualItem(run.id, itemId, checked));
    if (!result.ok) {
      setPending(({ [itemId]: _refused, ...rest }) => rest);
      return;
    }
    const item = checks.find((i) => i.id === itemId);
    const progress = runCompletion(result.value);
    announce(t(checked ? 'rituals.checklist.ticked' : 'rituals.checklist.unticked', { item: item?.kind === 'check' ? item.text : '', done: progress.done, total: progress.total }));
  };

  return (
    <section className="ritual-panel ritual-checklist" aria-labelledby={`${id}-title`} onBlur={onBlur}>
      <div className="ritual-panel__header">
        <h2 id={`${id}-title`}>{t('rituals.checklist.title')}</h2>
        {total > 0 && <span className="count">{t('rituals.history.items', { done, total })}</span>}
      </div>
      <TemplateForm
        body={checklistBody(run)}
        content={{ answers, checked: { ...stored, ...pending } }}
        onAnswer={onAnswer}
        onCheck={(itemId, checked) => void tick(itemId, checked)}
        itemExtra={(item) =>
          item.kind === 'field' ? null : <RitualNote item={item} value={notes[item.id] ?? ''} error={errors[item.id]} onChange={(note) => onNote(item.id, note)} />
        }
      />
    </section>
  );
}
