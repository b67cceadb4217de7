import type { HypothesisStatus } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';

/** A hypothesis status as a labelled badge: the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: HypothesisStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`discovery.statuses.${status}`)}</span>;
}
