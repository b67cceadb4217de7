import type { StoryFields } from '../../domain/delivery/stories';
import type { AcceptanceCriterion } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { NumberField, TextField } from '../../ui/form-field';
import { CriteriaEditor } from './criteria-editor';
import { numberText } from '../../ui/number-text';
import { parseNumber } from './story-words';

/** What the story form holds: the points as typed, so "0," or "abc" stay on screen until fixed. */
export interface StoryFormValues {
  asA: string;
  iWant: string;
  soThat: string;
  criteria: AcceptanceCriterion[];
  points: string;
}

export function formValuesOf(story: StoryFields, language: string): StoryFormValues {
  return { asA: story.asA, iWant: story.iWant, soThat: story.soThat, criteria: story.criteria, points: numberText(story.points, language) };
}

/** The fields for the commands; points that are not a number stay NaN, which the command refuses with its message. */
export function storyFieldsOf(values: StoryFormValues): StoryFields {
  return { asA: values.asA, iWant: values.iWant, soThat: values.soThat, criteria: values.criteria, points: parseNumber(values.points) };
}

interface StoryFormProps {
  values: StoryFormValues;
  errors: Record<string, string | undefined>;
  onChange: (values: StoryFormValues) => void;
  onBlur?: () => void;
  autoFocus?: boolean;
}

/** As a / I want / so that, the acceptance criteria and the estimate: shared by the new-story dialog and the story's details. */
export function StoryForm({ values, errors, onChange, onBlur, autoFocus }: StoryFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof StoryFormValues>(key: K, value: StoryFormValues[K]) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextField label={t('stories.asA')} help={t('stories.asAHelp')} value={values.asA} onChange={(v) => set('asA', v)} onBlur={onBlur} error={errors.asA} autoFocus={autoFocus} />
      <TextField label={t('stories.iWant')} value={values.iWant} onChange={(v) => set('iWant', v)} onBlur={onBlur} error={errors.iWant} rows={2} required />
      <TextField label={t('stories.soThat')} value={values.soThat} onChange={(v) => set('soThat', v)} onBlur={onBlur} error={errors.soThat} rows={2} />
      <CriteriaEditor criteria={values.criteria} onChange={(v) => set('criteria', v)} onBlur={onBlur} error={errors.criteria} />
      <NumberField label={t('stories.points')} help={t('stories.pointsHelp')} error={errors.points} className="story-points" value={values.points} onChange={(v) => set('points', v)} onBlur={onBlur} />
    </>
  );
}
