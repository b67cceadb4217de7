import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import { setHorizon } from '../../db/roadmap-commands';
import { roadmapOf } from '../../db/roadmap-queries';
import type { RoadmapItem } from '../../domain/strategy/roadmap';
import type { Horizon } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { copyText } from '../../ui/clipboard';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useNow } from '../../ui/use-now';
import { dateText } from '../../ui/date-text';
import { downloadRoadmap, horizonNames, roadmapText } from './roadmap-export';
import { RoadmapHorizonColumn } from './roadmap-horizon';
import type { FocusRequest } from './roadmap-item';
import './strategy.css';
import './roadmap-page.css';

/** Now / Next / Later from the board, by objective; items can be moved between horizons; printable and exportable. */
export function RoadmapPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const roadmap = useLiveQuery(() => roadmapOf(productId), [productId]);
  // For the date a printed roadmap shows: a page left open overnight prints the new day.
  const now = useNow();
  // The item whose horizon just changed: its select takes the focus again once shown in its new column.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const focused = useCallback(() => setFocusRequest(null), []);
  if (!roadmap) return null;

  const move = async (item: RoadmapItem, horizon: Horizon | null) => {
    const result = await run(() => setHorizon(item.id, horizon));
    if (!result.ok) return;
    const target = horizon ?? item.automatic;
    const name = horizonNames(t)[target];
    announce(horizon === null ? t('strategy.roadmap.automaticAgain', { title: item.title, horizon: name }) : t('strategy.roadmap.moved', { title: item.title, horizon: name }));
    setFocusRequest({ id: item.id, horizon: target });
  };

  const copy = () => copyText(roadmapText(roadmap, t, language), { copied: t('strategy.roadmap.copied'), failed: t('strategy.roadmap.copyFailed') });

  return (
    <div className="page roadmap-page print-document">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('strategy.roadmap.title', { product: roadmap.productName })}</h1>
        <div className="toolbar__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('strategy.roadmap.print')}
          </button>
          <button type="button" className="button" onClick={() => downloadRoadmap(roadmap, t, language)}>
            {t('strategy.roadmap.downloadMarkdown')}
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            {t('strategy.roadmap.copyMarkdown')}
          </button>
          <Link className="button" href={paths.strategy(productId)}>
            {t('strategy.matrix.strategyPage')}
          </Link>
          <Link className="button" href={paths.board(productId)}>
            {t('strategy.backToBoard')}
          </Link>
        </div>
      </div>
      <p className="roadmap-intro">{t('strategy.roadmap.intro')}</p>
      <p className="roadmap-as-of">{t('strategy.roadmap.asOf', { date: dateText(now, language, 'long') })}</p>
      <div className="roadmap-horizons">
        {roadmap.horizons.map((column) => (
          <RoadmapHorizonColumn key={column.horizon} productId={productId} column={column} framework={roadmap.framework} focusRequest={focusRequest} onFocused={focused} onMove={move} />
        ))}
      </div>
    </div>
  );
}
