import { useState } from 'react';
import { tickStoryCheck, type StoryChecklist } from '../../db/story-commands';
import type { Story } from '../../domain/delivery/types';
import { checklistProgress, type ArtefactContent } from '../../domain/templates/instantiate';
import type { TemplateBody } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { TemplateForm } from '../../ui/template-form';
import { useCommand } from '../../ui/use-command';

const LISTS: readonly StoryChecklist[] = ['ready', 'done'];

/** Only the checks and their prompts: a story keeps ticks, not answers, so a field would save nothing. */
function checksOnly(body: TemplateBody): TemplateBody {
  const sections = body.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.kind !== 'field') }));
  return { ...body, sections: sections.filter((s) => s.items.some((i) => i.kind === 'check')) };
}

/** The story's Definition of Ready and of Done, each folded with its progress, ticked per item. */
export function StoryChecklists({ story }: { story: Story }) {
  return (
    <>
      {LISTS.map((list) => (
        <Checklist key={list} story={story} list={list} content={story[list]} />
      ))}
    </>
  );
}

function Checklist({ story, list, content }: { story: Story; list: StoryChecklist; content: ArtefactContent }) {
  const { t } = useTranslation();
  const run = useCommand();
  const name = t(`stories.checklists.${list}`);
  // A tick shows at once, before the database answers; dropped once stored (or refused).
  const [ticking, setTicking] = useState<Record<string, boolean>>({});
  const [seen, setSeen] = useState(content);
  if (seen !== content) {
    setSeen(content);
    setTicking(Object.fromEntries(Object.entries(ticking).filter(([itemId, checked]) => content.checked[itemId] !== checked)));
  }
  const shown = { ...content, checked: { ...content.checked, ...ticking } };
  const { done, total } = checklistProgress(shown);

  const tick = async (itemId: string, checked: boolean) => {
    setTicking((current) => ({ ...current, [itemId]: checked }));
    const result = await run(() => tickStoryCheck(story.id, list, itemId, checked));
    if (!result.ok) {
      setTicking(({ [itemId]: _refused, ...rest }) => rest);
      return;
    }
    announce(t('stories.checklists.ticked', { list: name, ...checklistProgress(result.value[list]) }));
  };

  return (
    <details className="story-checklist">
      <summary>{t('stories.checklists.progress', { list: name, done, total })}</summary>
      <TemplateForm body={checksOnly(content.template.body)} content={shown} onCheck={(itemId, checked) => void tick(itemId, checked)} headingLevel={5} />
    </details>
  );
}
