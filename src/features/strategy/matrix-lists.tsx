import { useId } from 'react';
import { Link } from 'wouter';
import { QUADRANTS, type MatrixPoint, type Quadrant } from '../../domain/strategy/matrix';
import type { ScoringFramework } from '../../domain/strategy/types';
import type { Initiative, Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { formatScore, frameworkName } from './strategy-words';

/** Where an initiative sits on the board: "Strategy · Framing". */
function Where({ initiative, stages }: { initiative: Initiative; stages: readonly Stage[] }) {
  const { t } = useTranslation();
  const stage = stages.find((s) => s.id === initiative.stageId);
  if (!stage) return null;
  return <span className="matrix-item__where">{t('strategy.matrix.where', { lane: t(`lanes.${stage.lane}`), stage: stageName(stage, t) })}</span>;
}

/** The matrix as text: one list per quadrant, in the chart's order, with each initiative's figures. */
export function MatrixQuadrants({ points, stages }: { points: readonly MatrixPoint<Initiative>[]; stages: readonly Stage[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="strategy-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('strategy.matrix.byQuadrant')}</h2>
      <div className="matrix-quadrant-lists">
        {QUADRANTS.map((q) => (
          <QuadrantList key={q} quadrant={q} points={points.filter((p) => p.quadrant === q)} stages={stages} />
        ))}
      </div>
    </section>
  );
}

function QuadrantList({ quadrant, points, stages }: { quadrant: Quadrant; points: readonly MatrixPoint<Initiative>[]; stages: readonly Stage[] }) {
  const { t, language } = useTranslation();
  const id = useId();
  const name = t(`strategy.matrix.quadrants.${quadrant}`);
  return (
    <section className={`matrix-quadrant-list matrix-quadrant-list--${quadrant}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('strategy.matrix.quadrantCount', { quadrant: name, count: points.length })}</h3>
      <p className="field__help">{t(`strategy.matrix.quadrantHelp.${quadrant}`)}</p>
      {points.length === 0 ? (
        <p className="field__help">{t('strategy.matrix.none')}</p>
      ) : (
        <ul className="matrix-items" aria-label={name}>
          {points.map((p) => (
            <li key={p.item.id} className="matrix-item">
              <Link href={paths.initiative(p.item.productId, p.item.id)}>{p.item.title}</Link>
              <span className="matrix-item__figures">
                {t('strategy.matrix.figures', { value: formatScore(p.value, language), effort: formatScore(p.effort, language) })}
              </span>
              <Where initiative={p.item} stages={stages} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The initiatives the matrix cannot place yet, each a link to its page where it can be scored. */
export function MatrixUnscored({ initiatives, stages, framework }: { initiatives: readonly Initiative[]; stages: readonly Stage[]; framework: ScoringFramework }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="strategy-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('strategy.matrix.unscored')}</h2>
      <p className="field__help">{t('strategy.matrix.unscoredHelp', { framework: frameworkName(framework) })}</p>
      <ul className="matrix-items" aria-labelledby={`${id}-title`}>
        {initiatives.map((i) => (
          <li key={i.id} className="matrix-item">
            <Link href={paths.initiative(i.productId, i.id)}>{i.title}</Link>
            <Where initiative={i} stages={stages} />
          </li>
        ))}
      </ul>
    </section>
  );
}
