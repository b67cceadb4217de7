import { lazy, Suspense, useState } from 'react';
import type { KeyResult } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';

const KeyResultChart = lazy(() => import('./key-result-chart').then((m) => ({ default: m.KeyResultChart })));

/**
 * A key result's readings over time against its target, once it has two: folded, so the strategy
 * page stays a page of words, and the chart's code loads only when it is unfolded.
 */
export function KeyResultTrend({ keyResult }: { keyResult: KeyResult }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const readings = keyResult.history?.length ?? 0;
  if (readings < 2) return null;
  return (
    <details className="kr-trend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('strategy.keyResults.trend', { metric: keyResult.metric, count: readings })}</summary>
      {open && (
        <Suspense fallback={<p className="field__help">{t('app.loading')}</p>}>
          <KeyResultChart keyResult={keyResult} />
        </Suspense>
      )}
    </details>
  );
}
