import { useId, useLayoutEffect, useRef, useState } from 'react';
import { deleteStory } from '../../db/story-commands';
import { isStoryReady } from '../../domain/delivery/readiness';
import type { Sprint, Story } from '../../domain/delivery/types';
import { checklistProgress } from '../../domain/templates/instantiate';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { DisclosureButton } from '../../ui/disclosure-button';
import { drafts } from '../../ui/draft-store';
import { showNotice } from '../../ui/notices';
import { DragHandle, type HandleProps } from '../../ui/sortable-list';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { StoryChecklists } from './story-checklists';
import { StoryEditor, storyDraftKey } from './story-editor';
import { StoryPlan } from './story-plan';
import { formatPoints, readinessText, statementOf } from './story-words';

interface StoryItemProps {
  story: Story;
  index: number;
  total: number;
  productId: string;
  /** The product's sprints, newest first; null in continuous flow. */
  sprints: Sprint[] | null;
  handle: HandleProps;
  /** Moves the story one place up (-1) or down (+1); true once done. */
  onStep: (index: number, step: -1 | 1) => Promise<boolean>;
  /** Open its details at once (a story just written). */
  initiallyOpen: boolean;
}

/**
 * One story on one line (what is wanted, its estimate, status, sprint and checklists' progress) with
 * its moves; opened, its statement and details (text, criteria, estimate, plan, checklists).
 */
export function StoryItem({ story, index, total, productId, sprints, handle, onStep, initiallyOpen }: StoryItemProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const number = index + 1;
  // A story with input not saved yet (a reload mid-typing) opens, so the input is seen and saved.
  const [open, setOpen] = useState(() => initiallyOpen || drafts.read(storyDraftKey(story.id)) !== null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const stepped = useRef<-1 | 1 | null>(null);

  // Once the move shows, focus follows the story (the list re-orders its nodes, which drops focus);
  // at an edge, where that button is disabled, the other one takes it.
  useLayoutEffect(() => {
    if (stepped.current === null) return;
    const up = stepped.current === -1;
    stepped.current = null;
    const wanted = up ? (index > 0 ? upRef : downRef) : index < total - 1 ? downRef : upRef;
    wanted.current?.focus();
  }, [index, total]);

  const step = async (direction: -1 | 1) => {
    stepped.current = direction;
    if (!(await onStep(index, direction))) stepped.current = null;
  };

  const remove = async () => {
    const result = await run(() => deleteStory(story.id));
    if (!result.ok) return;
    announce(t('stories.deleted'));
    showNotice({ kind: 'info', message: t('stories.deleted'), action: undoAction(productId) });
  };

  const sprint = story.sprintId ? sprints?.find((s) => s.id === story.sprintId) : undefined;
  const ready = isStoryReady(story);

  return (
    <article className="story__card" aria-labelledby={`${id}-title`}>
      <div className="story__line">
        <DragHandle {...handle} label={t('stories.drag.handleLabel', { number })} />
        <h4 id={`${id}-title`} className="story__title">
          <DisclosureButton open={open} controls={`${id}-details`} onToggle={() => setOpen(!open)} fit="line">
            <span className="story__number">{number}.</span> {story.iWant.trim() || t('stories.blank')}
          </DisclosureButton>
        </h4>
        <p className="story__facts">
          <span className="badge">{story.points === null ? t('stories.notEstimated') : t('stories.pointsShort', { count: story.points, points: formatPoints(story.points, language) })}</span>
          <span className={`badge story__status story__status--${story.status}`}>{t(`stories.statuses.${story.status}`)}</span>
          {sprints && <span className="badge">{sprint ? sprint.name : t('stories.inBacklog')}</span>}
          <ChecklistProgress story={story} list="ready" />
          <ChecklistProgress story={story} list="done" />
        </p>
        <span className="story__moves">
          <button type="button" ref={upRef} className="icon-button" aria-label={t('stories.moveUpLabel', { number })} title={t('stories.moveUp')} disabled={index === 0} onClick={() => void step(-1)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" ref={downRef} className="icon-button" aria-label={t('stories.moveDownLabel', { number })} title={t('stories.moveDown')} disabled={index === total - 1} onClick={() => void step(1)}>
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      </div>
      <div id={`${id}-details`} className="story__details" hidden={!open}>
        {open && (
          <>
            <p className="story__statement">{statementOf(story, t, language)}</p>
            <p className={`story__readiness story__readiness--${ready ? 'ready' : 'gaps'}`}>
              <span aria-hidden="true">{ready ? '✓ ' : '○ '}</span>
              {readinessText(story, t, language)}
            </p>
            {story.status === 'done' && story.doneReason && <p className="story__done-reason">{t('stories.doneReason', { reason: story.doneReason })}</p>}
            <StoryEditor story={story} number={number} />
            <StoryPlan story={story} number={number} sprints={sprints} />
            <StoryChecklists story={story} />
            <button type="button" className="button button--small button--danger story__delete" aria-label={t('stories.deleteLabel', { number })} onClick={() => void remove()}>
              {t('stories.delete')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}

/** "DoR 5/8" on the story's line, said in full to screen readers; marked once complete. */
function ChecklistProgress({ story, list }: { story: Story; list: 'ready' | 'done' }) {
  const { t } = useTranslation();
  const { done, total } = checklistProgress(story[list]);
  return (
    <span className={`badge story__checklist${total > 0 && done === total ? ' story__checklist--complete' : ''}`}>
      <span aria-hidden="true">{t(list === 'ready' ? 'stories.dorShort' : 'stories.dodShort', { done, total })}</span>
      <span className="visually-hidden">{t('stories.checklists.progress', { list: t(`stories.checklists.${list}`), done, total })}</span>
    </span>
  );
}
