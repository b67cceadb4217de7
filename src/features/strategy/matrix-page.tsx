import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation, useSearch } from 'wouter';
import { matrixOf } from '../../db/roadmap-queries';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { MatrixChart } from './matrix-chart';
import { MatrixQuadrants, MatrixUnscored } from './matrix-lists';
import { MatrixThresholds } from './matrix-thresholds';
import { frameworkName } from './strategy-words';
import './strategy.css';
import './matrix-page.css';

/** The product's initiatives still to decide on (or all) on value × effort, as a chart and as lists by quadrant. */
export function MatrixPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  // Shipped, killed and parked initiatives are decided: shown on demand, kept in the link.
  const done = new URLSearchParams(useSearch()).get('done') === '1';
  const [path, navigate] = useLocation();
  const view = useLiveQuery(() => matrixOf(productId, done), [productId, done]);
  if (!view) return null;
  const { matrix, framework, stages } = view;
  const frameworkLabel = frameworkName(framework);

  return (
    <div className="page strategy-page matrix-page">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('strategy.matrix.title', { product: view.productName })}</h1>
        <div className="toolbar__actions">
          <Link className="button" href={paths.roadmap(productId)}>
            {t('strategy.roadmap.link')}
          </Link>
          <Link className="button" href={paths.strategy(productId)}>
            {t('strategy.matrix.strategyPage')}
          </Link>
          <Link className="button" href={paths.board(productId)}>
            {t('strategy.backToBoard')}
          </Link>
        </div>
      </div>
      <label className="matrix-done">
        <input type="checkbox" checked={done} onChange={(e) => navigate(e.target.checked ? `${path}?done=1` : path, { replace: true })} />
        {t('strategy.matrix.showDone')}
      </label>
      {matrix.thresholds === null ? (
        <p className="empty">{t('strategy.matrix.empty', { framework: frameworkLabel })}</p>
      ) : (
        <>
          <p className="matrix-intro">{t(`strategy.matrix.${framework}`)}</p>
          <MatrixThresholds productId={productId} thresholds={matrix.thresholds} source={matrix.source} count={matrix.points.length} />
          <MatrixChart points={matrix.points} />
          <MatrixQuadrants points={matrix.points} stages={stages} />
        </>
      )}
      {matrix.unscored.length > 0 && <MatrixUnscored initiatives={matrix.unscored} stages={stages} framework={framework} />}
    </div>
  );
}
