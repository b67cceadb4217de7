import { isOverWipLimit } from '../../domain/metrics/wip';
import { useTranslation } from '../../i18n/i18n';

/**
 * A stage's cards against its soft WIP limit, "5 / 4": over the limit it is marked by a sign and
 * a frame as well as a colour, and a screen reader hears "5 cards, over the limit of 4".
 */
export function WipCount({ count, limit }: { count: number; limit: number }) {
  const { t } = useTranslation();
  const over = isOverWipLimit(count, limit);
  return (
    <span className={`count wip-count${over ? ' wip-count--over' : ''}`}>
      <span className="wip-count__shown" aria-hidden="true">
        {over && <span className="wip-count__sign">!</span>}
        {t('board.wipCount', { count, limit })}
      </span>
      <span className="visually-hidden">{t(over ? 'board.wipOver' : 'board.wipWithin', { count, limit })}</span>
    </span>
  );
}
