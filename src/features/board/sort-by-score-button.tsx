import type { Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';

/** Sorts a Strategy stage by score once, and says what happened; the cards stay movable by hand. */
export function SortByScoreButton({ stage, name }: { stage: Stage; name: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const sort = async () => {
    // The command loads on first use, keeping it out of the board's first paint.
    const { sortStageByScore } = await import('../../db/score-commands');
    const result = await run(() => sortStageByScore(stage.id));
    if (!result.ok) return;
    const { framework, changed, scored, unscored } = result.value;
    const params = { stage: name, framework: framework.toUpperCase() };
    if (scored === 0 || !changed) {
      const message = t(scored === 0 ? 'board.noScores' : 'board.alreadySorted', params);
      announce(message);
      showNotice({ kind: 'info', message });
      return;
    }
    const message = [t('board.sortedByScore', params), unscored > 0 ? t('board.unscoredLast', { count: unscored }) : ''].filter(Boolean).join(' ');
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(stage.productId) });
  };
  return (
    <button type="button" className="icon-button" aria-label={t('board.sortByScore', { stage: name })} title={t('board.sortByScore', { stage: name })} onClick={() => void sort()}>
      <span aria-hidden="true">⇅</span>
    </button>
  );
}
