import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { flowRecords } from '../../db/metrics-queries';
import { toLocalDate } from '../../domain/delivery/dates';
import { isReleasedStage } from '../../domain/lanes';
import { liveHistories } from '../../domain/metrics/histories';
import { workInProgress } from '../../domain/metrics/wip';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { useNow } from '../../ui/use-now';
import { CumulativeFlow } from './cumulative-flow-chart';
import { DiscoveryKillsSection } from './discovery-kills-section';
import { LaneTimesTable } from './lane-times-table';
import { ThroughputChart } from './throughput-chart';
import { WipTable } from './wip-table';
import './metrics.css';

/** How work flows through the product's lanes: WIP and its limits, lane times, throughput, kills in Discovery, cumulative flow. */
export function MetricsPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const today = toLocalDate(now);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const records = useLiveQuery(() => flowRecords(productId), [productId]);
  const histories = useMemo(() => (records ? liveHistories(records.initiatives, records.transitions) : null), [records]);
  const wip = useMemo(() => (records ? workInProgress(records.stages, records.initiatives) : null), [records]);
  const released = useMemo(() => new Set(records?.stages.filter(isReleasedStage).map((s) => s.id)), [records]);
  if (!product || !histories || !wip) return null;

  return (
    <div className="page page--metrics">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('metrics.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          <Link className="button" href={paths.board(productId)}>
            {t('metrics.backToBoard')}
          </Link>
        </div>
      </div>
      <p className="metrics-intro">{t('metrics.intro')}</p>
      <div className="metrics-grid">
        <WipTable wip={wip} />
        <LaneTimesTable histories={histories} now={now} />
        <ThroughputChart histories={histories} releasedStageIds={released} today={today} />
        <DiscoveryKillsSection histories={histories} now={now} />
        <CumulativeFlow histories={histories} today={today} />
      </div>
    </div>
  );
}
