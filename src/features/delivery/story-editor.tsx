import { editStory } from '../../db/story-commands';
import type { Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { useCommand } from '../../ui/use-command';
import { onlyEdited, useRecordAutosave } from '../../ui/use-record-autosave';
import { formValuesOf, StoryForm, storyFieldsOf } from './story-form';

/** Where a story's unsaved input waits (see draft-store.ts): a story with some opens by itself after a reload. */
export const storyDraftKey = (storyId: string) => `story:${storyId}`;

/** A story's text, criteria and estimate, saved as they are typed. */
export function StoryEditor({ story, number }: { story: Story; number: number }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const { values, errors, state, change, save } = useRecordAutosave(storyDraftKey(story.id), formValuesOf(story, language), (v, edits) =>
    // Only the fields typed here: a field another tab changed meanwhile keeps its value.
    run(() => editStory(story.id, onlyEdited(storyFieldsOf(v), edits))),
  );
  return (
    <form className="form story-form" onSubmit={(e) => e.preventDefault()} aria-label={t('stories.detailsLabel', { number })}>
      <StoryForm values={values} errors={errors} onChange={change} onBlur={() => state === 'unsaved' && void save()} />
      <p className={`save-state save-state--${state}`} role="status">
        {t(`stories.${state}`)}
      </p>
    </form>
  );
}
