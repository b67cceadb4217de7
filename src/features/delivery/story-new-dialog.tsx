import { useState, type FormEvent } from 'react';
import { createStory } from '../../db/story-commands';
import type { Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { drafts } from '../../ui/draft-store';
import { useCommand } from '../../ui/use-command';
import { emptyCriterion } from './criteria-editor';
import { StoryForm, storyFieldsOf, type StoryFormValues } from './story-form';

interface NewStoryDialogProps {
  initiativeId: string;
  onClose: () => void;
  onWritten: (story: Story) => void;
}

const empty = (): StoryFormValues => ({ asA: '', iWant: '', soThat: '', criteria: [emptyCriterion()], points: '' });

/** Writes a story on the initiative; what was typed survives a reload until it is written. */
export function NewStoryDialog({ initiativeId, onClose, onWritten }: NewStoryDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const draftKey = `new-story:${initiativeId}`;
  const [values, setValues] = useState<StoryFormValues>(() => drafts.read<StoryFormValues>(draftKey) ?? empty());
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const change = (next: StoryFormValues) => {
    setValues(next);
    drafts.write(draftKey, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The empty row the form starts with is not a criterion.
    const fields = { ...storyFieldsOf(values), criteria: values.criteria.filter((c) => [c.given, c.when, c.then].some((text) => text.trim() !== '')) };
    const result = await run(() => createStory(initiativeId, fields, language));
    if (result.ok) {
      drafts.clear(draftKey);
      announce(t('stories.written'));
      onWritten(result.value);
    } else if (result.fields) setErrors(result.fields);
  };

  return (
    <Dialog title={t('stories.write')} onClose={onClose}>
      <form className="form story-form" onSubmit={submit} noValidate>
        <StoryForm values={values} errors={errors} onChange={change} autoFocus />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('stories.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
