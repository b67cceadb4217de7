import { useEffect, useId, useRef } from 'react';
import { Link } from 'wouter';
import type { RoadmapItem } from '../../domain/strategy/roadmap';
import { HORIZONS, type Horizon, type ScoringFramework } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { horizonNames, scoreText } from './roadmap-export';

const AUTOMATIC = 'automatic';

/** An item to focus once it shows in a horizon (the one it was just moved to). */
export interface FocusRequest {
  id: string;
  horizon: Horizon;
}

interface Props {
  item: RoadmapItem;
  productId: string;
  framework: ScoringFramework;
  focusRequest: FocusRequest | null;
  onFocused: () => void;
  onMove: (item: RoadmapItem, horizon: Horizon | null) => Promise<void>;
}

/** An initiative on the roadmap: where it is on the board, who owns it, its score, and its horizon. */
export function RoadmapItemCard({ item, productId, framework, focusRequest, onFocused, onMove }: Props) {
  const { t, language } = useTranslation();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const names = horizonNames(t);
  // Until the board's change shows, the item is still in its old column: it takes the focus once moved.
  const focus = focusRequest?.id === item.id && focusRequest.horizon === item.horizon;
  useEffect(() => {
    if (!focus) return;
    select.current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li className={`roadmap-item roadmap-item--${item.lane}`}>
      <Link className="roadmap-item__title" href={paths.initiative(productId, item.id)}>
        {item.title}
      </Link>
      <p className="roadmap-item__meta">
        <span>{t('strategy.roadmap.where', { lane: t(`lanes.${item.lane}`), stage: stageName(item.stage, t) })}</span>
        <span>{item.owner ? t('strategy.roadmap.owner', { owner: item.owner }) : t('strategy.roadmap.noOwner')}</span>
        <span>{item.score === null ? t('strategy.roadmap.unscored') : scoreText(item.score, framework, t, language)}</span>
        {item.pinned && <span className="badge">{t('strategy.roadmap.pinned')}</span>}
      </p>
      {/* A released card shipped: it has no horizon to plan it in any more. */}
      {!item.released && (
        <div className="roadmap-item__horizon">
          <label htmlFor={`${id}-horizon`}>
            <span aria-hidden="true">{t('strategy.roadmap.horizon')}</span>
            <span className="visually-hidden">{t('strategy.roadmap.horizonOf', { title: item.title })}</span>
          </label>
          <select
            id={`${id}-horizon`}
            ref={select}
            value={item.pinned ? item.horizon : AUTOMATIC}
            onChange={(e) => void onMove(item, e.target.value === AUTOMATIC ? null : (e.target.value as Horizon))}
          >
            <option value={AUTOMATIC}>{t('strategy.roadmap.automatic', { horizon: names[item.automatic] })}</option>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {names[h]}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}
