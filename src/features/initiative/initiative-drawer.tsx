import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useLocation } from 'wouter';
import { deleteInitiative, moveInitiativeToEdge, reopenInitiative } from '../../db/initiative-commands';
import { liveInitiative, liveStages } from '../../db/queries';
import type { Initiative, Stage } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { useDeliveryGate } from '../../ui/delivery-gate';
import { MoveToDialog } from '../../ui/move-to-dialog';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { dateText, dateTimeText } from '../../ui/date-text';
import { useViewingPresence } from '../../ui/use-peers';
import { useArrivingCards } from '../../sync/arriving-cards';
import { CloseDialog } from './close-dialog';
import { InitiativeSections, type InitiativePanels } from './initiative-sections';

interface InitiativeDrawerProps {
  productId: string;
  initiativeId: string;
  /** The tab named in the URL, if any. */
  tab?: string | undefined;
  /** What other features show in the initiative's tabs (strategy, hypotheses, stories, outcome…), composed by the app. */
  panels?: (initiative: Initiative) => InitiativePanels;
  /** Buttons of other features in the page's actions (export as Markdown), composed by the app. */
  actions?: (initiative: Initiative) => ReactNode;
}

/** The initiative page, as a drawer over the board with its own URL. */
export function InitiativeDrawer({ productId, initiativeId, tab, panels, actions }: InitiativeDrawerProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const result = useLiveQuery(async () => ({ initiative: await liveInitiative(initiativeId), stages: await liveStages(productId) }), [initiativeId, productId]);
  // A card of a product just joined shows on the board a moment before it is stored: not missing.
  const arriving = useArrivingCards((s) => s.cards.has(initiativeId));
  const back = () => navigate(paths.board(productId));
  if (!result) return null;
  const { initiative, stages } = result;
  if (!initiative && arriving) return null;
  if (!initiative) {
    return (
      <Dialog title={t('initiative.notFound')} onClose={back} variant="drawer">
        <button type="button" className="button" onClick={back}>
          {t('initiative.backToBoard')}
        </button>
      </Dialog>
    );
  }
  return (
    <Dialog title={initiative.title || t('initiative.title')} onClose={back} variant="drawer">
      <InitiativeDetails key={initiative.id} initiative={initiative} stages={stages} onGone={back} actions={actions?.(initiative)}>
        <InitiativeSections initiative={initiative} stages={stages} tab={tab} panels={panels?.(initiative) ?? {}} />
      </InitiativeDetails>
    </Dialog>
  );
}

function InitiativeDetails({
  initiative,
  stages,
  onGone,
  actions,
  children,
}: {
  initiative: Initiative;
  stages: Stage[];
  onGone: () => void;
  actions: ReactNode;
  children: ReactNode;
}) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const [dialog, setDialog] = useState<'move' | 'close' | null>(null);
  const { confirm: confirmGate, dialog: gateDialog } = useDeliveryGate();
  const stage = stages.find((s) => s.id === initiative.stageId);
  const active = initiative.status === 'active';
  useViewingPresence(initiative.productId, initiative.id);

  const remove = async () => {
    const result = await run(() => deleteInitiative(initiative.id));
    if (!result.ok) return;
    onGone();
    showNotice({
      kind: 'info',
      message: t('initiative.deleted', { title: initiative.title }),
      action: undoAction(initiative.productId),
    });
  };

  return (
    <div className="initiative">
      <p className="initiative__where">
        {active && stage
          ? t('initiative.where', { lane: t(`lanes.${stage.lane}`), stage: stageName(stage, t) })
          : t('initiative.closedAs', {
              status: t(`initiative.status.${initiative.status}`),
              date: dateText(initiative.closedAt ?? 0, language),
            })}
      </p>
      {initiative.by && <p className="initiative__changed">{t('initiative.changedBy', { name: initiative.by, date: dateTimeText(initiative.updatedAt, language) })}</p>}
      {!active && initiative.closeReason && <blockquote className="initiative__reason">{initiative.closeReason}</blockquote>}
      <div className="initiative__actions">
        {active ? (
          <>
            <button type="button" className="button" onClick={() => setDialog('move')}>
              {t('board.moveTo')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('close')}>
              {t('initiative.close')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void run(() => reopenInitiative(initiative.id))}>
            {t('initiative.reopen')}
          </button>
        )}
        {actions}
        <button type="button" className="button button--danger" onClick={remove}>
          {t('initiative.delete')}
        </button>
      </div>
      {children}
      {dialog === 'move' && (
        <MoveToDialog
          title={initiative.title}
          stages={stages}
          currentStageId={initiative.stageId}
          onClose={() => setDialog(null)}
          onMove={async (stageId, edge) => {
            const lane = stages.find((s) => s.id === stageId)?.lane;
            if (!lane) return;
            const gate = await confirmGate(initiative, lane);
            if (!gate.proceed) return setDialog(null);
            const result = await run(() => moveInitiativeToEdge(initiative.id, stageId, edge, { gateReason: gate.reason }));
            if (result.ok) setDialog(null);
          }}
        />
      )}
      {gateDialog}
      {dialog === 'close' && <CloseDialog initiative={initiative} onClose={() => setDialog(null)} />}
    </div>
  );
}
