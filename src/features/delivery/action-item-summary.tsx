import type { ReactNode } from 'react';
import { toLocalDate } from '../../domain/delivery/dates';
import type { ActionItem } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { useNow } from '../../ui/use-now';
import { dayText } from '../../ui/date-text';

/** An action item's text and facts (owner, due date, carry-overs), and where it came from. */
export function ActionItemSummary({ item, origin }: { item: ActionItem; origin?: ReactNode }) {
  const { t, language } = useTranslation();
  const today = toLocalDate(useNow());
  const overdue = item.status === 'open' && item.dueDate !== null && item.dueDate < today;
  const carried = item.carriedOverIn.length;
  return (
    <div className="action-item__summary">
      <p className="action-item__text">{item.text}</p>
      <p className="action-item__facts">
        <span>{item.owner ? t('rituals.actions.ownerIs', { owner: item.owner }) : t('rituals.actions.noOwner')}</span>
        {item.dueDate && (
          <span className={overdue ? 'action-item__overdue' : undefined}>
            {t('rituals.actions.dueOn', { date: dayText(item.dueDate, language) })}
            {overdue && <strong> {t('rituals.actions.overdue')}</strong>}
          </span>
        )}
        {carried > 0 && <span>{t('rituals.actions.carriedTimes', { count: carried })}</span>}
        {origin}
      </p>
    </div>
  );
}

/** A button acting on one item of a list: its visible word, and the item's text for screen readers. */
export function ItemButton({ label, item, onClick }: { label: string; item: ActionItem; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--small" aria-label={t('rituals.actions.buttonName', { action: label, text: item.text })} onClick={onClick}>
      {label}
    </button>
  );
}

export function actionStatusLabel(item: ActionItem, t: ReturnType<typeof useTranslation>['t']): string {
  return t(`rituals.actions.status.${item.status}`);
}
