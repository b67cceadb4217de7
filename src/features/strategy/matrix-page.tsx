import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { matrixOf } from '../../db/roadmap-queries';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { MatrixChart } from './matrix-chart';
import { MatrixQuadrants, MatrixUnscored } from './matrix-lists';
import { formatScore, frameworkName } from './strategy-words';
import './strategy.css';
import './matrix-page.css';

/** The product's active initiatives on value × effort, as a chart and as lists by quadrant. */
export function MatrixPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const view = useLiveQuery(() => matrixOf(productId), [productId]);
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
      {matrix.thresholds === null ? (
        <p className="empty">{t('strategy.matrix.empty', { framework: frameworkLabel })}</p>
      ) : (
        <>
          <p className="matrix-intro">
            {t(`strategy.matrix.${framework}`)}{' '}
            {t('strategy.matrix.thresholds', {
              count: matrix.points.length,
              value: formatScore(matrix.thresholds.value, language),
              effort: formatScore(matrix.thresholds.effort, language),
            })}
          </p>
          <MatrixChart points={matrix.points} />
          <MatrixQuadrants points={matrix.points} stages={stages} />
        </>
      )}
      {matrix.unscored.length > 0 && <MatrixUnscored initiatives={matrix.unscored} stages={stages} framework={framework} />}
    </div>
  );
}
