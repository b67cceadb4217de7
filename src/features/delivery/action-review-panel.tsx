import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { carryOverActionItem, closeActionItem, reopenActionItem } from '../../db/action-item-commands';
import { actionItemsOfProduct, ritualRunsOfProduct } from '../../db/delivery-queries';
import type { ActionItem, RitualRun } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { dateTimeText } from '../../ui/date-text';
import { ActionItemSummary, ItemButton } from './action-item-summary';
import { runName } from './ritual-words';

/** What this retrospective did with an earlier action item, if anything yet. */
type Handling = 'carried' | 'done' | 'dropped' | null;

function handlingIn(run: RitualRun, item: ActionItem): Handling {
  if (item.status !== 'open' && item.closedAt !== null && item.closedAt >= run.startedAt && (run.finishedAt === null || item.closedAt <= run.finishedAt)) return item.status;
  return item.carriedOverIn.includes(run.id) ? 'carried' : null;
}

interface Reviewed {
  item: ActionItem;
  from: RitualRun;
  handling: Handling;
}

/**
 * The action items of earlier retrospectives to review: those still open (while the run goes on)
 * and those this run already handled, the latest retrospective's first.
 */
function reviewedItems(run: RitualRun, items: ActionItem[], runs: RitualRun[]): Reviewed[] {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const reviewed: Reviewed[] = [];
  for (const item of items) {
    const from = byId.get(item.runId);
    if (!from || from.id === run.id || from.startedAt > run.startedAt) continue;
    const handling = handlingIn(run, item);
    if (handling !== null || (item.status === 'open' && run.finishedAt === null)) reviewed.push({ item, from, handling });
  }
  // Items arrive oldest first; a stable sort on the run keeps each run's items in the order they were decided.
  return reviewed.sort((a, b) => b.from.startedAt - a.from.startedAt);
}

/** A retrospective's first step: close or carry over what earlier retrospectives decided. */
export function ActionReviewPanel({ run }: { run: RitualRun }) {
  const { t } = useTranslation();
  const id = useId();
  const data = useLiveQuery(async () => ({ items: await actionItemsOfProduct(run.productId), runs: await ritualRunsOfProduct(run.productId) }), [run.productId]);
  if (!data) return null;
  const reviewed = reviewedItems(run, data.items, data.runs);
  const readOnly = run.finishedAt !== null;
  const toReview = reviewed.filter((r) => r.handling === null).length;

  return (
    <section className="ritual-panel action-review" aria-labelledby={`${id}-title`}>
      <div className="ritual-panel__header">
        <h2 id={`${id}-title`}>{readOnly ? t('rituals.review.titleFinished') : t('rituals.review.title')}</h2>
        {!readOnly && reviewed.length > 0 && <span className="count">{t('rituals.review.toReview', { count: toReview })}</span>}
      </div>
      {reviewed.length === 0 ? (
        <p className="field__help">{readOnly ? t('rituals.review.noneHandled') : t('rituals.review.none')}</p>
      ) : (
        <ul className="action-item-list" aria-labelledby={`${id}-title`}>
          {reviewed.map((r) => (
            <ReviewedEntry key={r.item.id} run={run} reviewed={r} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewedEntry({ run, reviewed: { item, from, handling }, readOnly }: { run: RitualRun; reviewed: Reviewed; readOnly: boolean }) {
  const { t, language } = useTranslation();
  const command = useCommand();
  const origin = <span>{t('rituals.review.from', { name: runName(from), date: dateTimeText(from.startedAt, language) })}</span>;

  const act = async (action: () => Promise<unknown>, message: string) => {
    const result = await command(action);
    if (result.ok) announce(message);
  };
  const close = (status: 'done' | 'dropped') => act(() => closeActionItem(item.id, status), t(`rituals.actions.closed.${status}`, { text: item.text }));
  const carry = () => act(() => carryOverActionItem(item.id, run.id), t('rituals.review.carriedAnnounced', { text: item.text }));
  const reopen = () => act(() => reopenActionItem(item.id), t('rituals.actions.reopened', { text: item.text }));

  return (
    <li className={`action-item${handling ? ' action-item--handled' : ''}`}>
      <ActionItemSummary item={item} origin={origin} />
      {handling && (
        <span className={`badge action-item__status action-item__status--${handling}`}>
          <span aria-hidden="true">✓ </span>
          {t(`rituals.review.handled.${handling}`)}
        </span>
      )}
      {!readOnly && (
        <div className="action-item__actions">
          {item.status === 'open' ? (
            <>
              <ItemButton label={t('rituals.actions.markDone')} item={item} onClick={() => void close('done')} />
              <ItemButton label={t('rituals.actions.markDropped')} item={item} onClick={() => void close('dropped')} />
              {handling !== 'carried' && <ItemButton label={t('rituals.review.carryOver')} item={item} onClick={() => void carry()} />}
            </>
          ) : (
            <ItemButton label={t('rituals.actions.reopen')} item={item} onClick={() => void reopen()} />
          )}
        </div>
      )}
    </li>
  );
}
