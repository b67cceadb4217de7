import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useLocation } from 'wouter';
import { db } from '../../db/db';
import { demandOfProduct } from '../../db/feedback-queries';
import { liveStages } from '../../db/queries';
import { stagesOfLane } from '../../domain/lanes';
import { LANES, type Initiative } from '../../domain/types';
import { useDeliveryGate } from '../../ui/delivery-gate';
import { lazyScreen } from '../../ui/lazy-screen';
import { paths } from '../../ui/paths';
import { useShortcutsStore } from '../../ui/shortcuts-store';
import { useCommand } from '../../ui/use-command';
import { BoardDnd } from './board-dnd';
import { DensityToggle } from './density-toggle';
import { columnRegistry } from './column-registry';
import { useBoardReadyMark } from './board-ready';
import { useDragStore } from './drag-store';
import { moveCommands } from './move-commands';
import { whenLanded } from '../../sync/arriving-cards';
import { moveJournal } from './move-journal';
import { FilterBar } from './filter-bar';
import { useBoardFilter } from '../../ui/use-board-filter';
import { LaneSection } from './lane-section';
import { EmptyBoard } from './empty-board';

// Dialogs load on first use, keeping them out of the first paint's JavaScript.
const MoveToDialog = lazyScreen(() => import('../../ui/move-to-dialog').then((m) => m.MoveToDialog));
const NewInitiativeDialog = lazyScreen(() => import('./new-initiative-dialog').then((m) => m.NewInitiativeDialog));
const StagesDialog = lazyScreen(() => import('./stages-dialog').then((m) => m.StagesDialog), 'workspace');

/** The product's board: three lanes of stages, with the actions that start from it. */
export function BoardPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const boardRef = useRef<HTMLDivElement>(null);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const stages = useLiveQuery(() => liveStages(productId), [productId]);
  // Who asks for each card, read once for the whole board: a query per card would not hold 5,000 cards.
  // A product nobody asked anything of keeps `undefined`, so its columns do not render twice.
  const demand = useLiveQuery(async () => {
    const byInitiative = await demandOfProduct(productId);
    return byInitiative.size > 0 ? byInitiative : undefined;
  }, [productId]);
  const [creatingIn, setCreatingIn] = useState<string | null>(null);
  const [moving, setMoving] = useState<Initiative | null>(null);
  const [editingStages, setEditingStages] = useState(false);
  const { confirm: confirmGate, dialog: gateDialog } = useDeliveryGate();

  const [filter, setFilter] = useBoardFilter();
  const shownStages = useMemo(
    () => (stages && filter.stageId ? stages.filter((s) => s.id === filter.stageId) : stages),
    [stages, filter.stageId],
  );
  const stagesByLane = useMemo(() => new Map(LANES.map((lane) => [lane, stagesOfLane(shownStages ?? [], lane)])), [shownStages]);

  useEffect(() => {
    if (shownStages) columnRegistry.setOrder(shownStages.map((s) => s.id));
  }, [shownStages]);
  // Tells tests and the benchmark which search the rendered board reflects.
  useEffect(() => {
    if (boardRef.current) boardRef.current.dataset.filterApplied = filter.text;
  }, [filter]);
  useBoardReadyMark(shownStages);
  useEffect(() => void moveJournal.replay(), []);

  // `C`, `/` or the palette's New initiative, asked here or elsewhere before coming here.
  const boardRequest = useShortcutsStore((s) => s.boardRequest);
  const pageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const search = pageRef.current?.querySelector<HTMLInputElement>('input[type="search"]');
    if (boardRequest !== 'focusFilter' || !search) return;
    useShortcutsStore.getState().boardRequestDone();
    search.focus();
  }, [boardRequest, stages]);

  const [, navigate] = useLocation();
  const onMoveTo = useCallback((initiative: Initiative) => setMoving(initiative), []);
  const onOpen = useCallback((initiative: Initiative) => navigate(paths.initiative(initiative.productId, initiative.id)), [navigate]);
  const onCreate = useCallback((stageId: string) => setCreatingIn(stageId), []);

  if (!product || !stages || !shownStages) return null;
  const creatingStageId = creatingIn ?? (boardRequest === 'newInitiative' ? (stages[0]?.id ?? null) : null);
  const stopCreating = () => {
    setCreatingIn(null);
    useShortcutsStore.getState().boardRequestDone();
  };

  const move = async (stageId: string, edge: 'top' | 'bottom') => {
    const lane = stages.find((s) => s.id === stageId)?.lane;
    if (!moving || !lane) return;
    const gate = await confirmGate(moving, lane);
    // Cancelling the gate cancels the move: nothing is left open to cancel a second time.
    if (!gate.proceed) return setMoving(null);
    const result = await run(async () => {
      const [commands] = await Promise.all([moveCommands(), whenLanded(moving.id)]);
      return commands.moveInitiativeToEdge(moving.id, stageId, edge, { gateReason: gate.reason });
    });
    if (result.ok) {
      useDragStore.getState().focusRequested(moving.id);
      setMoving(null);
    }
  };

  return (
    <div className="board-page" ref={pageRef}>
      <div className="toolbar">
        <h1 className="toolbar__title">{t('board.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          <button type="button" className="button button--primary" onClick={() => setCreatingIn(stages[0]!.id)}>
            {t('board.newInitiative')}
          </button>
          <button type="button" className="button" onClick={() => setEditingStages(true)}>
            {/* A phone shows the short label; the button's name stays the full one. */}
            <span className="toolbar__full-label">{t('board.editStages')}</span>
            <span className="toolbar__short-label" aria-hidden="true">
              {t('board.editStagesShort')}
            </span>
          </button>
          <DensityToggle />
        </div>
      </div>
      <EmptyBoard productId={productId} onAdd={() => setCreatingIn(stages[0]!.id)} />
      <FilterBar productId={productId} filter={filter} stages={stages} onChange={setFilter} />
      <div className="board" ref={boardRef}>
        {LANES.map((lane) => {
          const laneStages = stagesByLane.get(lane)!;
          return laneStages.length > 0 && <LaneSection key={lane} lane={lane} stages={laneStages} filter={filter} demand={demand} onCreate={onCreate} onOpen={onOpen} onMoveTo={onMoveTo} />;
        })}
      </div>
      <BoardDnd productId={productId} boardRef={boardRef} demand={demand} />
      <Suspense fallback={null}>
        {creatingStageId && <NewInitiativeDialog stages={stages} stageId={creatingStageId} onClose={stopCreating} />}
        {moving && <MoveToDialog title={moving.title} stages={stages} currentStageId={moving.stageId} onMove={move} onClose={() => setMoving(null)} />}
        {gateDialog}
        {editingStages && <StagesDialog productId={productId} stages={stages} onClose={() => setEditingStages(false)} />}
      </Suspense>
    </div>
  );
}
