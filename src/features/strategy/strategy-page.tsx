import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { strategyOf } from '../../db/strategy-queries';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { ObjectivesSection } from './objectives-section';
import { ScoringSection } from './scoring-section';
import { VisionSection } from './vision-section';
import './strategy.css';

/** The product's why: vision and positioning, how initiatives are scored, objectives and key results. */
export function StrategyPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const strategy = useLiveQuery(() => strategyOf(productId), [productId]);
  if (!strategy) return null;
  return (
    <div className="page strategy-page">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('strategy.title', { product: strategy.productName })}</h1>
        <div className="toolbar__actions">
          <Link className="button" href={paths.matrix(productId)}>
            {t('strategy.matrix.link')}
          </Link>
          <Link className="button" href={paths.roadmap(productId)}>
            {t('strategy.roadmap.link')}
          </Link>
          <Link className="button" href={paths.board(productId)}>
            {t('strategy.backToBoard')}
          </Link>
        </div>
      </div>
      <VisionSection productId={productId} strategy={strategy} />
      <ScoringSection productId={productId} framework={strategy.scoring} />
      <ObjectivesSection productId={productId} />
    </div>
  );
}
