import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { createFollowUp } from '../../db/outcome-commands';
import { liveInitiative } from '../../db/queries';
import { outcomeVerdict } from '../../domain/delivery/outcome';
import type { Outcome } from '../../domain/delivery/types';
import type { Initiative, Stage } from '../../domain/types';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/form-field';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';

interface FollowUpDialogProps {
  initiative: Initiative;
  /** Where the follow-up lands: the first stage of Strategy. */
  strategyStage: Stage;
  onClose: () => void;
}

/** What the outcome taught, in words: the figures against the target, then the conclusion. */
function learnedFrom(title: string, outcome: Outcome, t: TFunction, language: string): string {
  const figure = (n: number | null) => (n === null ? t('outcome.notMeasured') : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n));
  const verdict = t(`outcome.verdict.${outcomeVerdict(outcome)}`).toLocaleLowerCase(language);
  const figures = t('outcome.learnedFigures', { title, metric: outcome.metric, baseline: figure(outcome.baseline), actual: figure(outcome.actual), target: figure(outcome.target), verdict });
  return [figures, outcome.conclusion.trim()].filter((part) => part !== '').join('\n\n');
}

/** Asks for the follow-up's title, creates it in Strategy, then offers to open it. */
export function FollowUpDialog({ initiative, strategyStage, onClose }: FollowUpDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [title, setTitle] = useState(() => t('outcome.followUpTitle', { title: initiative.title }));
  const [learned, setLearned] = useState(() => (initiative.outcome ? learnedFrom(initiative.title, initiative.outcome, t, language) : ''));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [created, setCreated] = useState<Initiative | null>(null);
  const stage = stageName(strategyStage, t);
  const openRef = useRef<HTMLAnchorElement>(null);
  // Once created, the offer to open it takes the focus (the form that had it is gone).
  useEffect(() => {
    if (created) openRef.current?.focus();
  }, [created]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => createFollowUp(initiative.id, title, learned));
    if (result.ok) {
      setCreated(result.value);
      announce(t('outcome.followUpCreated', { title: result.value.title, stage }));
    } else setErrors(result.fields ?? {});
  };

  return (
    <Dialog title={t('outcome.followUp')} onClose={onClose}>
      {created ? (
        <div className="form">
          <p>{t('outcome.followUpCreated', { title: created.title, stage })}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('outcome.stayHere')}
            </button>
            <Link className="button button--primary" href={paths.initiative(created.productId, created.id)} ref={openRef}>
              {t('outcome.openFollowUp')}
            </Link>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <TextField label={t('outcome.followUpField')} help={t('outcome.followUpHelp', { stage })} value={title} onChange={setTitle} error={errors.title} required autoFocus />
          <TextField label={t('outcome.learned')} help={t('outcome.learnedHelp')} value={learned} onChange={setLearned} error={errors.problem} rows={5} />
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('outcome.followUpSubmit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** "Follow-up to …", linking back to the initiative this one follows up on. */
export function FollowUpOf({ productId, initiative }: { productId: string; initiative: Initiative }) {
  const { t } = useTranslation();
  const source = useLiveQuery(async () => (initiative.followUpOf ? liveInitiative(initiative.followUpOf) : null), [initiative.followUpOf]);
  if (!source) return null;
  return (
    <p className="follow-up-of">
      {t('outcome.followUpOf')} <Link href={paths.initiative(productId, source.id)}>{source.title}</Link>
    </p>
  );
}
