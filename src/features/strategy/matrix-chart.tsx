import { useId } from 'react';
import { Link } from 'wouter';
import { QUADRANTS, type MatrixPoint } from '../../domain/strategy/matrix';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { formatScore } from './strategy-words';

/**
 * The matrix drawn: value up, effort to the right, the four quadrants behind. Each initiative is a
 * link to its page named with its figures and quadrant, in the order of the lists below, so the
 * keyboard reaches them quadrant by quadrant.
 */
export function MatrixChart({ points }: { points: readonly MatrixPoint<Initiative>[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <figure className="matrix-chart strategy-section" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="matrix-chart__caption">
        {t('strategy.matrix.chart')}
      </figcaption>
      <div className="matrix-chart__frame">
        {/* Written bottom to top, so it starts from the low end like the effort axis. */}
        <div className="matrix-chart__axis matrix-chart__axis--value" aria-hidden="true">
          <span>{t('strategy.matrix.lowValue')}</span>
          <span className="matrix-chart__axis-name">{t('strategy.matrix.value')} →</span>
          <span>{t('strategy.matrix.highValue')}</span>
        </div>
        <div className="matrix-chart__plot">
          {/* The quadrants' names are for the eye: each point says its own, and the lists repeat them. */}
          <div className="matrix-chart__quadrants" aria-hidden="true">
            {QUADRANTS.map((q) => (
              <div key={q} className={`matrix-quadrant matrix-quadrant--${q}`}>
                {t(`strategy.matrix.quadrants.${q}`)}
              </div>
            ))}
          </div>
          <ul className="matrix-chart__points">
            {points.map((point) => (
              <li key={point.item.id}>
                <MatrixDot point={point} />
              </li>
            ))}
          </ul>
        </div>
        <div className="matrix-chart__axis matrix-chart__axis--effort" aria-hidden="true">
          <span>{t('strategy.matrix.lowEffort')}</span>
          <span className="matrix-chart__axis-name">{t('strategy.matrix.effort')} →</span>
          <span>{t('strategy.matrix.highEffort')}</span>
        </div>
      </div>
    </figure>
  );
}

function MatrixDot({ point }: { point: MatrixPoint<Initiative> }) {
  const { t, language } = useTranslation();
  const { item, quadrant } = point;
  // On the right half the title goes to the left of its dot, so it stays inside the matrix.
  const side = point.x > 50 ? 'matrix-dot--label-left' : '';
  return (
    <Link
      href={paths.initiative(item.productId, item.id)}
      className={`matrix-dot matrix-dot--${quadrant} ${side}`}
      style={{ left: `${point.x}%`, bottom: `${point.y}%` }}
      aria-label={t('strategy.matrix.dot', {
        title: item.title,
        value: formatScore(point.value, language),
        effort: formatScore(point.effort, language),
        quadrant: t(`strategy.matrix.quadrants.${quadrant}`),
      })}
    >
      <span className="matrix-dot__mark" aria-hidden="true" />
      <span className="matrix-dot__label">{item.title}</span>
    </Link>
  );
}
