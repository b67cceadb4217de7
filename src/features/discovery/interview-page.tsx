import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { interview as findInterview } from '../../db/discovery-queries';
import { deleteInterview, editInterview } from '../../db/interview-commands';
import { INTERVIEW_RECORD_SECTIONS, type Interview } from '../../domain/discovery/types';
import type { AnswerValue } from '../../domain/templates/instantiate';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { TemplateForm } from '../../ui/template-form';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { TextField } from '../../ui/form-field';
import { useInitiativeOptions } from './initiative-options';
import { InterviewEvidence } from './interview-evidence';
import { ParticipantFields, type ParticipantValues } from './interview-fields';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import './discovery.css';

interface InterviewValues extends ParticipantValues {
  quote: string;
  story: string;
  opportunities: string;
  insights: string;
  answers: Record<string, AnswerValue>;
  checked: Record<string, boolean>;
}

const RECORD_SECTIONS: readonly string[] = INTERVIEW_RECORD_SECTIONS;
const BY_ITEM = ['answers', 'checked'] as const;

function valuesOf(i: Interview): InterviewValues {
  const { date, alias, role, segment, companySize, initiativeId, quote, story, opportunities, insights } = i;
  return { date, alias, role, segment, companySize, initiativeId, quote, story, opportunities, insights, answers: i.content.answers, checked: i.content.checked };
}

/** One interview: participant, the guide as run, the snapshot, and the hypotheses it informs. */
export function InterviewPage({ productId, interviewId }: { productId: string; interviewId: string }) {
  const { t } = useTranslation();
  const found = useLiveQuery(async () => (await findInterview(interviewId)) ?? false, [interviewId]);
  if (found === undefined) return null;
  if (found === false || found.productId !== productId) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('discovery.interview.notFound')}</p>
        <Link className="button" href={paths.interviews(productId)}>
          {t('discovery.interview.back')}
        </Link>
      </div>
    );
  }
  return <InterviewEditor key={found.id} interview={found} />;
}

function InterviewEditor({ interview: i }: { interview: Interview }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const [, navigate] = useLocation();
  const initiatives = useInitiativeOptions(i.productId);
  const { values, errors, state, change, save } = useRecordAutosave(
    `interview:${i.id}`,
    valuesOf(i),
    // Only the fields (and answers, and ticks) typed here: one another tab changed meanwhile keeps its value.
    (_values, edits) => run(() => editInterview(i.id, edits)),
    BY_ITEM,
  );
  const set = <K extends keyof InterviewValues>(key: K, value: InterviewValues[K]) => change({ ...values, [key]: value });
  const onBlur = () => state === 'unsaved' && void save();
  const body = i.content.template.body;
  const guide = { ...body, sections: body.sections.filter((s) => !RECORD_SECTIONS.includes(s.id)) };

  const remove = async () => {
    const result = await run(() => deleteInterview(i.id));
    if (!result.ok) return;
    navigate(paths.interviews(i.productId));
    const message = t('discovery.interview.deleted', { alias: i.alias });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(i.productId) });
  };

  return (
    <div className="page page--narrow interview-page">
      <Link href={paths.interviews(i.productId)}>{t('discovery.interview.back')}</Link>
      <div className="toolbar">
        <h1 className="toolbar__title">{i.alias ? t('discovery.interview.title', { alias: i.alias }) : t('discovery.interview.untitled')}</h1>
        <button type="button" className="button button--danger" onClick={remove}>
          {t('discovery.interview.delete')}
        </button>
      </div>
      <form className="form" onSubmit={(e) => e.preventDefault()} aria-label={t('discovery.interview.untitled')}>
        <section className="interview-section" aria-labelledby={`${id}-participant`}>
          <h2 id={`${id}-participant`}>{t('discovery.interview.participant')}</h2>
          <ParticipantFields values={values} errors={errors} initiatives={initiatives ?? []} onChange={change} onBlur={onBlur} />
        </section>
        {guide.sections.length > 0 && (
          <section className="interview-section" aria-labelledby={`${id}-guide`}>
            <h2 id={`${id}-guide`}>{t('discovery.interview.guide')}</h2>
            <p className="field__help">{t('discovery.interview.guideFrom', { template: i.content.template.templateName })}</p>
            <TemplateForm
              body={guide}
              content={{ answers: values.answers, checked: values.checked }}
              onAnswer={(itemId, value) => set('answers', { ...values.answers, [itemId]: value })}
              onCheck={(itemId, checked) => set('checked', { ...values.checked, [itemId]: checked })}
            />
          </section>
        )}
        <section className="interview-section" aria-labelledby={`${id}-snapshot`}>
          <h2 id={`${id}-snapshot`}>{t('discovery.interview.snapshot')}</h2>
          <TextField label={t('discovery.interview.quote')} value={values.quote} onChange={(v) => set('quote', v)} onBlur={onBlur} error={errors.quote} rows={2} />
          <TextField
            label={t('discovery.interview.story')}
            help={t('discovery.interview.storyHelp')}
            value={values.story}
            onChange={(v) => set('story', v)}
            onBlur={onBlur}
            error={errors.story}
            rows={5}
          />
          <TextField
            label={t('discovery.interview.opportunities')}
            help={t('discovery.interview.opportunitiesHelp')}
            value={values.opportunities}
            onChange={(v) => set('opportunities', v)}
            onBlur={onBlur}
            error={errors.opportunities}
            rows={4}
          />
          <TextField
            label={t('discovery.interview.insights')}
            help={t('discovery.interview.insightsHelp')}
            value={values.insights}
            onChange={(v) => set('insights', v)}
            onBlur={onBlur}
            error={errors.insights}
            rows={4}
          />
        </section>
        <p className={`autosave-state autosave-state--${state}`} role="status">
          {t(`discovery.${state}`)}
        </p>
      </form>
      <InterviewEvidence interview={i} quote={values.quote} />
    </div>
  );
}
