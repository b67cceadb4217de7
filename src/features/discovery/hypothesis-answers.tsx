import { editHypothesis } from '../../db/hypothesis-commands';
import { HYPOTHESIS_RECORD_SECTIONS, type Hypothesis } from '../../domain/discovery/types';
import type { AnswerValue } from '../../domain/templates/instantiate';
import { useTranslation } from '../../i18n/i18n';
import { TemplateForm } from '../../ui/template-form';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';

const RECORD_SECTIONS: readonly string[] = HYPOTHESIS_RECORD_SECTIONS;
const BY_ITEM = ['answers'] as const;

/**
 * The sections of the hypothesis's template that its own fields do not hold (a team's template
 * may add some), answered in place and saved as they are typed.
 */
export function HypothesisAnswers({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const body = h.content.template.body;
  const sections = body.sections.filter((s) => !RECORD_SECTIONS.includes(s.id));
  if (sections.length === 0) return null;
  return <Answers hypothesis={h} body={{ ...body, sections }} />;
}

function Answers({ hypothesis: h, body }: { hypothesis: Hypothesis; body: Hypothesis['content']['template']['body'] }) {
  const { t } = useTranslation();
  const run = useCommand();
  const { values, state, change } = useRecordAutosave(
    `hypothesis-answers:${h.id}`,
    { answers: h.content.answers },
    // Only the answers typed here: one another tab changed meanwhile keeps its value.
    (_values, edits) => run(() => editHypothesis(h.id, edits)),
    BY_ITEM,
  );
  const onAnswer = (itemId: string, value: AnswerValue) => change({ answers: { ...values.answers, [itemId]: value } });
  return (
    <details className="hypothesis__answers">
      <summary>{t('discovery.hypotheses.moreQuestions', { template: h.content.template.templateName })}</summary>
      <TemplateForm body={body} content={{ answers: values.answers, checked: h.content.checked }} onAnswer={onAnswer} headingLevel={5} />
      <p className={`autosave-state autosave-state--${state}`} role="status">
        {t(`discovery.${state}`)}
      </p>
    </details>
  );
}
