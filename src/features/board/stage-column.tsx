import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { storyCounts } from '../../db/delivery-queries';
import { discoveryCounts } from '../../db/discovery-queries';
import { activeInStage } from '../../db/queries';
import { strategyCardContext } from '../../db/strategy-card-queries';
import { applyArriving, landedCards } from '../../domain/arriving-cards';
import type { Demand } from '../../domain/feedback/demand';
import { isFilterActive, type BoardFilter } from '../../domain/filter';
import { applyPendingMove, indexToSlot, pendingMoveLanded } from '../../domain/moves';
import type { Initiative, Stage } from '../../domain/types';
import { stageName } from '../../ui/stage-name';
import { usePreferences } from '../../ui/preferences';
import { usePeersByCard } from '../../ui/use-peers';
import { cardsLanded, useArrivingCards } from '../../sync/arriving-cards';
import { CardItem } from './card-item';
import { estimateCardSlot } from './card-size';
import { columnRegistry } from './column-registry';
import { filterCards } from './filtered-cards';
import { dragNodes } from './drag-nodes';
import { useDragStore } from './drag-store';
import { slotOffset } from './geometry';
import { SortByScoreButton } from './sort-by-score-button';
import { useStageCounts } from './stage-counts';
import { WipCount } from './wip-count';

const EMPTY: Initiative[] = [];

interface StageColumnProps {
  stage: Stage;
  filter: BoardFilter;
  /** Who asks for each initiative, by id: each card gets its own, so a card re-renders only when its demand changes. */
  demand: ReadonlyMap<string, Demand> | undefined;
  onCreate: (stageId: string) => void;
  onOpen: (initiative: Initiative) => void;
  onMoveTo: (initiative: Initiative) => void;
}

/** A stage: a droppable, virtualised list of its cards, read by one live query of its own. */
export const StageColumn = memo(function StageColumn({ stage, filter, demand, onCreate, onOpen, onMoveTo }: StageColumnProps) {
  const { t, language } = useTranslation();
  const density = usePreferences((s) => s.cardDensity);
  const headingId = useId();
  const loaded = useLiveQuery(() => activeInStage(stage.id), [stage.id]);
  // Teammates' changes show as received; the stored data takes over once this stage reads it. A
  // joined product's cards show before the stage's first read, which waits while they are stored.
  const arriving = useArrivingCards((s) => s.cards);
  const merged = useMemo(() => {
    if (loaded) return applyArriving(loaded, arriving, stage.id);
    const received = applyArriving(EMPTY, arriving, stage.id);
    return received.length > 0 ? received : undefined;
  }, [loaded, arriving, stage.id]);
  useEffect(() => {
    if (loaded) cardsLanded(landedCards(loaded, arriving));
  }, [loaded, arriving]);
  const filtering = isFilterActive(filter);
  const shown = useMemo(() => (merged && filtering ? filterCards(merged, filter) : (merged ?? EMPTY)), [merged, filter, filtering]);
  const pending = useDragStore((s) => (s.pending && (s.pending.fromStageId === stage.id || s.pending.toStageId === stage.id) ? s.pending : null));
  const cards = useMemo(() => applyPendingMove(shown, pending, stage.id), [shown, pending, stage.id]);
  useEffect(() => {
    if (pending && loaded && pendingMoveLanded(loaded, pending, stage.id)) useDragStore.getState().pendingLanded(stage.id);
  }, [pending, loaded, stage.id]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const name = stageName(stage, t);
  const wipLimit = stage.wipLimit ?? null;

  const activeIndex = useDragStore((s) => (s.activeId && s.origin?.stageId === stage.id ? s.origin.index : -1));
  const targetIndex = useDragStore((s) => (s.target?.stageId === stage.id ? s.target.index : -1));
  const isOrigin = activeIndex >= 0;
  // Only the stage holding the card to focus re-renders for it, not every stage, twice a drop.
  const ids = useMemo(() => new Set(cards.map((c) => c.id)), [cards]);
  const focusId = useDragStore((s) => (s.focusId !== null && ids.has(s.focusId) ? s.focusId : null));
  const peers = usePeersByCard(stage.productId);
  // Discovery cards show their hypotheses by status and their interviews: one query per column.
  const discovery = useLiveQuery(() => (stage.lane === 'discovery' && loaded ? discoveryCounts(stage.productId, loaded.map((c) => c.id)) : undefined), [stage.lane, stage.productId, loaded]);
  // Strategy cards show their score and objective: the framework and objective titles, read once per column.
  const strategy = useLiveQuery(() => (stage.lane === 'strategy' ? strategyCardContext(stage.productId) : undefined), [stage.lane, stage.productId]);
  const showDropLine = targetIndex >= 0 && !(isOrigin && targetIndex === activeIndex);

  // The dragged card stays rendered even when scrolled out of view, so dnd-kit keeps its node.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );

  // A new key function makes the virtualiser place every card of the stage again (thousands): only
  // when the cards change, not on each render. A new density changes the guessed sizes: see below.
  const getItemKey = useCallback((index: number) => cards[index]!.id, [cards]);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    // Cards are 1 to 4 title lines and wrapped chips tall: each rendered one is measured, the others guessed.
    estimateSize: (index) => estimateCardSlot(cards[index]!, density),
    overscan: 1,
    getItemKey,
    rangeExtractor,
  });
  const placedFor = useRef(density);
  useEffect(() => {
    if (placedFor.current === density) return;
    placedFor.current = density;
    virtualizer.measure();
  }, [virtualizer, density]);
  // Delivery cards show their stories, ready and done, read for the cards in view only: a stage may
  // hold thousands, and a scroll asks again for a handful. Released ones show whether their outcome met its target.
  const inView = stage.lane === 'delivery' ? virtualizer.getVirtualItems().flatMap((item) => cards[item.index]?.id ?? []).join(' ') : '';
  const stories = useLiveQuery(() => (inView ? storyCounts(inView.split(' ')) : undefined), [inView]);
  const released = stage.defaultKey === 'released';

  const isOver = useDragStore((s) => s.overId === stage.id);
  const draggingId = useDragStore((s) => (s.origin?.stageId === stage.id ? s.activeId : null));
  const stageRef = useCallback(
    (node: HTMLDivElement) => {
      dragNodes.setStage(stage.id, node);
      return () => dragNodes.removeStage(stage.id, node);
    },
    [stage.id],
  );
  const setCount = useStageCounts((s) => s.countChanged);

  useLayoutEffect(() => {
    if (scrollRef.current) {
      columnRegistry.set({ stageId: stage.id, lane: stage.lane, name, cards, allCards: merged ?? EMPTY, scrollEl: scrollRef.current, virtualizer });
    }
  });
  useEffect(() => () => columnRegistry.remove(stage.id), [stage.id]);
  useEffect(() => {
    if (merged) setCount(stage.id, { shown: cards.length, total: merged.length });
  }, [setCount, stage.id, merged, cards.length]);

  const entry = columnRegistry.get(stage.id);
  const dropLineTop = showDropLine && entry ? slotOffset(entry, indexToSlot(targetIndex, isOrigin ? activeIndex : null)) : 0;

  return (
    <div className={`stage${isOver ? ' stage--over' : ''}`} ref={stageRef}>
      <div className="stage__header">
        <div className="stage__title">
          <h3 className="stage__name" id={headingId}>
            {name}
          </h3>
          {(filtering || wipLimit === null) && (
            <span className="count">{filtering ? t('filter.shownShort', { shown: cards.length, total: merged?.length ?? 0 }) : t('count.cards', { count: cards.length })}</span>
          )}
          {/* A filter hides cards, not work: the limit is weighed against all of the stage's cards. */}
          {wipLimit !== null && <WipCount count={filtering ? (merged?.length ?? 0) : cards.length} limit={wipLimit} />}
        </div>
        {stage.lane === 'strategy' && <SortByScoreButton stage={stage} name={name} />}
        <button type="button" className="icon-button" aria-label={t('board.newInitiativeIn', { stage: name })} onClick={() => onCreate(stage.id)}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <div className="stage__scroll" ref={scrollRef} data-stage-scroll={stage.id}>
        {merged && cards.length === 0 && <p className="stage__empty">{t(filtering && merged.length > 0 ? 'filter.noMatch' : 'board.emptyStage')}</p>}
        <ul className="stage__list" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const card = cards[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="stage__item"
                aria-posinset={item.index + 1}
                aria-setsize={cards.length}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <CardItem
                  initiative={card}
                  density={density}
                  language={language}
                  takeFocus={card.id === focusId}
                  dragging={card.id === draggingId}
                  discovery={discovery?.get(card.id)}
                  stories={stories?.get(card.id)}
                  showOutcome={released}
                  strategy={strategy}
                  demand={demand?.get(card.id)}
                  onOpen={onOpen}
                  onMoveTo={onMoveTo}
                  peer={peers.get(card.id)}
                />
              </li>
            );
          })}
        </ul>
        {showDropLine && <div className="drop-line" style={{ transform: `translateY(${dropLineTop}px)` }} aria-hidden="true" />}
      </div>
    </div>
  );
});
