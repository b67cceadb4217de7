import { useTranslation } from '../../i18n/i18n';
import { usePreferences } from '../../ui/preferences';

/** Switches the board's cards between comfortable and compact; remembered by this browser. */
export function DensityToggle() {
  const { t } = useTranslation();
  const density = usePreferences((s) => s.cardDensity);
  const compact = density === 'compact';
  return (
    <button
      type="button"
      className="button density-toggle"
      aria-pressed={compact}
      title={t('board.compactCards')}
      onClick={() => usePreferences.getState().cardDensityChosen(compact ? 'comfortable' : 'compact')}
    >
      <span className="density-toggle__switch" aria-hidden="true" />
      <span className="density-toggle__label">{t('board.compactCards')}</span>
    </button>
  );
}
