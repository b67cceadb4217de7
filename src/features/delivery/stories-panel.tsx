import { arrayMove } from '@dnd-kit/sortable';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '../../db/db';
import { sprintsOfProduct, storiesOfInitiative } from '../../db/delivery-queries';
import { moveStory } from '../../db/story-commands';
import { isStoryReady } from '../../domain/delivery/readiness';
import { cadenceOf } from '../../domain/delivery/sprints';
import type { Sprint, Story } from '../../domain/delivery/types';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { SortableList } from '../../ui/sortable-list';
import { useCommand } from '../../ui/use-command';
import { StoryItem } from './story-item';
import { NewStoryDialog } from './story-new-dialog';
import { storySortWords } from './story-words';
import './stories.css';

interface StoriesPanelProps {
  productId: string;
  initiativeId: string;
}

/** The initiative's user stories, in order: written, estimated, planned, checked against the Definitions of Ready and Done. */
export function StoriesPanel({ productId, initiativeId }: StoriesPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const data = useLiveQuery(async () => {
    const [stories, sprints, product] = await Promise.all([storiesOfInitiative(initiativeId), sprintsOfProduct(productId), db.products.get(productId)]);
    // In continuous flow there are no sprints to plan into.
    return { stories, sprints: product && cadenceOf(product) === 'continuous' ? null : sprints };
  }, [initiativeId, productId]);
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  if (!data) return null;
  const { stories, sprints } = data;

  return (
    <section className="stories" aria-labelledby={`${id}-title`}>
      <div className="stories__header">
        <h3 id={`${id}-title`}>{t('stories.title')}</h3>
        {stories.length > 0 && <span className="count">{summaryOf(stories, t)}</span>}
        <button type="button" className="button button--small" onClick={() => setWriting(true)}>
          {t('stories.write')}
        </button>
      </div>
      {stories.length === 0 ? (
        <p className="field__help">{t('stories.empty')}</p>
      ) : (
        <StoryList stories={stories} sprints={sprints} productId={productId} written={written} label={t('stories.title')} />
      )}
      {writing && (
        <NewStoryDialog
          initiativeId={initiativeId}
          onClose={() => setWriting(false)}
          onWritten={(story) => {
            setWritten(story.id);
            setWriting(false);
          }}
        />
      )}
    </section>
  );
}

function summaryOf(stories: Story[], t: TFunction): string {
  const ready = stories.filter(isStoryReady).length;
  const done = stories.filter((s) => s.status === 'done').length;
  return [t('stories.count', { count: stories.length }), t('stories.countReady', { count: ready }), t('stories.countDone', { count: done })].join(' · ');
}

interface StoryListProps {
  stories: Story[];
  sprints: Sprint[] | null;
  productId: string;
  /** The story just written, shown open. */
  written: string | null;
  label: string;
}

/** The stories, reordered by drag or by their move buttons; both end in one moveStory. */
function StoryList({ stories, sprints, productId, written, label }: StoryListProps) {
  const { t } = useTranslation();
  const run = useCommand();
  // A dropped story stays where it was dropped until the database has the new order.
  const [pending, setPending] = useState<{ order: string[]; from: Story[] } | null>(null);
  const ids = pending && pending.from === stories ? pending.order : stories.map((s) => s.id);
  const byId = new Map(stories.map((s) => [s.id, s]));

  const move = async (from: number, to: number): Promise<boolean> => {
    if (to < 0 || to >= ids.length || from === to) return false;
    const order = arrayMove(ids, from, to);
    setPending({ order, from: stories });
    const result = await run(() => moveStory(order[to]!, order[to - 1] ?? null, order[to + 1] ?? null));
    if (!result.ok) {
      setPending(null);
      return false;
    }
    announce(t('stories.moved', { position: to + 1, total: order.length }));
    return true;
  };

  return (
    <SortableList
      ids={ids}
      label={label}
      words={storySortWords(t)}
      rowClassName="story"
      onMove={(from, to) => void move(from, to)}
      renderItem={(storyId, index, handle) => (
        <StoryItem
          story={byId.get(storyId)!}
          index={index}
          total={ids.length}
          productId={productId}
          sprints={sprints}
          handle={handle}
          onStep={(at, step) => move(at, at + step)}
          initiallyOpen={storyId === written}
        />
      )}
    />
  );
}
