import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { startRitualRun } from '../../db/ritual-commands';
import { RITUAL_FAMILY, runTimeboxMinutes } from '../../domain/delivery/rituals';
import { sprintWeeks } from '../../domain/delivery/sprints';
import type { RitualKind, Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { paths } from '../../ui/paths';
import { useTemplateChoice } from '../../ui/template-choice';
import { useCommand } from '../../ui/use-command';
import { timeboxText } from './ritual-timebox';

interface RitualStartDialogProps {
  productId: string;
  sprint: Sprint | null;
  kind: RitualKind;
  onClose: () => void;
}

/** Picks the template a ritual runs from (the product's default first), then opens the run. */
export function RitualStartDialog({ productId, sprint, kind, onClose }: RitualStartDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const id = useId();
  const choice = useTemplateChoice(productId, RITUAL_FAMILY[kind]);
  const [templateId, setTemplateId] = useState('');
  const chosenId = templateId || choice?.defaultId || '';
  const template = choice?.options.find((o) => o.id === chosenId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosenId) return;
    const result = await run(() => startRitualRun(productId, sprint?.id ?? null, kind, language, chosenId));
    if (!result.ok) return;
    announce(t('rituals.start.started', { name: result.value.content.template.templateName }));
    onClose();
    navigate(paths.ritualRun(productId, result.value.id));
  };

  return (
    <Dialog title={t(`rituals.start.${kind}`)} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p className="field__help">{sprint ? t('rituals.start.forSprint', { sprint: sprint.name }) : t('rituals.start.withoutSprint')}</p>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('rituals.start.template')}</label>
          <select id={`${id}-template`} value={chosenId} onChange={(e) => setTemplateId(e.target.value)} disabled={!choice} aria-describedby={`${id}-timebox`}>
            {choice?.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <p className="field__help" id={`${id}-timebox`}>
            {template && timeboxText(runTimeboxMinutes(template, sprint), template.body.timebox, sprint ? sprintWeeks(sprint) : null, t)}
          </p>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {/* Focused first: most runs start from the product's default template, with one key. */}
          <button type="submit" className="button button--primary" disabled={!template} autoFocus>
            {t('rituals.start.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
