import { Link } from 'wouter';
import type { ObjectiveProgress } from '../../domain/review/objectives';
import type { RitualsReview } from '../../domain/review/rituals';
import type { DeliveryReview } from '../../domain/review/shipped';
import { useTranslation } from '../../i18n/i18n';
import { dateText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import { ReviewGroup, ReviewSection } from './review-section';
import { actionFacts, keyResultFigures, outcomeFigures, percentText, runWhen } from './review-words';

/** What shipped, the outcomes measured against their targets, and what was killed or parked with why. */
export function DeliverySection({ productId, delivery }: { productId: string; delivery: DeliveryReview }) {
  const { t, language } = useTranslation();
  const { shipped, outcomes, stopped } = delivery;
  const none = shipped.length === 0 && outcomes.length === 0 && stopped.length === 0;
  return (
    <ReviewSection title={t('review.delivery.title')} empty={none ? t('review.delivery.empty') : null}>
      <ReviewGroup title={t('review.delivery.shipped')} count={shipped.length}>
        {shipped.map(({ initiative, at }) => (
          <li key={initiative.id}>
            <Link href={paths.initiative(productId, initiative.id)}>{initiative.title}</Link>{' '}
            <span className="review-meta">{t('review.at', { date: dateText(at, language) })}</span>
          </li>
        ))}
      </ReviewGroup>
      <ReviewGroup title={t('review.delivery.outcomes')} count={outcomes.length}>
        {outcomes.map(({ initiative, outcome, verdict }) => (
          <li key={initiative.id}>
            <Link href={paths.initiative(productId, initiative.id, 'outcome')}>{initiative.title}</Link>{' '}
            <span className={`review-verdict review-verdict--${verdict}`}>{t(`outcome.verdict.${verdict}`)}</span>
            <p className="review-detail">
              {t('review.labelled', { label: outcome.metric, value: outcomeFigures(outcome, t, language) })}
            </p>
            {outcome.conclusion.trim() && <p className="review-detail">{outcome.conclusion}</p>}
          </li>
        ))}
      </ReviewGroup>
      <ReviewGroup title={t('review.delivery.stopped')} count={stopped.length}>
        {stopped.map(({ initiative, status, at, reason }) => (
          <li key={initiative.id}>
            <Link href={paths.initiative(productId, initiative.id)}>{initiative.title}</Link>{' '}
            <span className="review-meta">
              {t(`initiative.status.${status}`)} · {t('review.at', { date: dateText(at, language) })}
            </span>
            {reason.trim() && <p className="review-detail">{reason}</p>}
          </li>
        ))}
      </ReviewGroup>
    </ReviewSection>
  );
}

function Progress({ value, label }: { value: number | null; label: string }) {
  const { t, language } = useTranslation();
  return (
    <span className="review-progress">
      {value !== null && <progress max={100} value={Math.round(value)} aria-label={label} />}
      <span>{percentText(value, t, language)}</span>
    </span>
  );
}

/** The objectives of the period, with their progress and their key results'. */
export function ObjectivesSection({ productId, objectives }: { productId: string; objectives: ObjectiveProgress[] }) {
  const { t, language } = useTranslation();
  return (
    <ReviewSection title={t('review.objectives.title')} empty={objectives.length === 0 ? t('review.objectives.empty') : null}>
      <p className="review-note">{t('review.objectives.asOf')}</p>
      {objectives.map(({ objective, progress, keyResults }) => (
        <div key={objective.id} className="review-group review-objective">
          <h3>
            <Link href={paths.strategy(productId)}>{objective.title}</Link> <Progress value={progress} label={objective.title} />
          </h3>
          {keyResults.length > 0 && (
            <ul className="review-list">
              {keyResults.map(({ keyResult, progress: kr }) => (
                <li key={keyResult.id} className="review-kr">
                  <span>
                    {keyResult.metric} <span className="review-meta">{keyResultFigures(keyResult, t, language)}</span>
                  </span>{' '}
                  <Progress value={kr} label={keyResult.metric} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </ReviewSection>
  );
}

/** The rituals held in the period, by kind, and the action items still open. */
export function RitualsSection({ productId, rituals, today }: { productId: string; rituals: RitualsReview; today: string }) {
  const { t, language } = useTranslation();
  const { held, openActions } = rituals;
  return (
    <ReviewSection title={t('review.rituals.title')} empty={null}>
      {held.length === 0 ? (
        <p className="review-empty">{t('review.rituals.empty')}</p>
      ) : (
        <ReviewGroup title={t('review.rituals.held')} count={held.length}>
          {held.map(({ kind, runs }) => (
            <li key={kind}>
              <span>{t('review.rituals.runs', { kind: t(`rituals.kinds.${kind}`), count: runs.length })}</span>{' '}
              <span className="review-meta">
                {runs.map(({ run, sprintName }, i) => (
                  <span key={run.id}>
                    {i > 0 && ' · '}
                    <Link href={paths.ritualRun(productId, run.id)}>{runWhen(run.startedAt, sprintName, t, language)}</Link>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ReviewGroup>
      )}
      {openActions.length === 0 ? (
        <p className="review-empty">{t('review.rituals.noActions')}</p>
      ) : (
        <ReviewGroup title={t('review.rituals.openActions')} count={openActions.length}>
          {openActions.map((item) => (
            <li key={item.id}>
              {item.text} <span className="review-meta">{actionFacts(item, today, t, language)}</span>
            </li>
          ))}
        </ReviewGroup>
      )}
    </ReviewSection>
  );
}
