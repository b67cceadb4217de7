import { useId } from 'react';
import type { RoadmapGroup, RoadmapHorizon, RoadmapItem } from '../../domain/strategy/roadmap';
import type { Horizon, ScoringFramework } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { horizonNames } from './roadmap-export';
import { RoadmapItemCard, type FocusRequest } from './roadmap-item';

interface ItemActions {
  productId: string;
  framework: ScoringFramework;
  focusRequest: FocusRequest | null;
  onFocused: () => void;
  onMove: (item: RoadmapItem, horizon: Horizon | null) => Promise<void>;
}

/** One horizon: its initiatives under the objective each serves, those serving none last. */
export function RoadmapHorizonColumn({ column, ...actions }: { column: RoadmapHorizon } & ItemActions) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className={`roadmap-horizon roadmap-horizon--${column.horizon}`} aria-labelledby={`${id}-title`}>
      <div className="roadmap-horizon__header">
        <h2 id={`${id}-title`}>{horizonNames(t)[column.horizon]}</h2>
        <span className="count">{t('strategy.roadmap.initiatives', { count: column.count })}</span>
      </div>
      {column.groups.length === 0 ? (
        <p className="empty">{t('strategy.roadmap.empty')}</p>
      ) : (
        column.groups.map((group) => <RoadmapGroupList key={group.objective?.id ?? ''} group={group} {...actions} />)
      )}
    </section>
  );
}

function RoadmapGroupList({ group, ...actions }: { group: RoadmapGroup } & ItemActions) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="roadmap-group">
      <h3 id={`${id}-title`} className={group.objective ? undefined : 'roadmap-group__none'}>
        {group.objective?.title ?? t('strategy.roadmap.noObjective')}
      </h3>
      <ul className="roadmap-items" aria-labelledby={`${id}-title`}>
        {group.items.map((item) => (
          <RoadmapItemCard key={item.id} item={item} {...actions} />
        ))}
      </ul>
    </div>
  );
}
