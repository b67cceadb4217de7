import { Link } from 'wouter';
import { headline, type DiscoveryReview } from '../../domain/review/discovery';
import type { LaneMove, LaneMoves } from '../../domain/review/moves';
import { DECIDED_STATUSES } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { dateText, dayText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import { ReviewGroup, ReviewSection } from './review-section';

function MoveItem({ productId, move }: { productId: string; move: LaneMove }) {
  const { t, language } = useTranslation();
  return (
    <li>
      <Link href={paths.initiative(productId, move.initiative.id)}>{move.initiative.title}</Link>{' '}
      <span className="review-meta">
        {t('review.moves.path', { from: t(`lanes.${move.from}`), to: t(`lanes.${move.to}`) })} · {t('review.at', { date: dateText(move.at, language) })}
      </span>
    </li>
  );
}

/** What moved between lanes: forward into Discovery, into Delivery, and back. */
export function MovesSection({ productId, moves }: { productId: string; moves: LaneMoves }) {
  const { t } = useTranslation();
  const groups = [
    ['intoDiscovery', moves.intoDiscovery],
    ['intoDelivery', moves.intoDelivery],
    ['back', moves.back],
  ] as const;
  const none = groups.every(([, list]) => list.length === 0);
  return (
    <ReviewSection title={t('review.moves.title')} empty={none ? t('review.moves.empty') : null}>
      {groups.map(([key, list]) => (
        <ReviewGroup key={key} title={t(`review.moves.${key}`)} count={list.length}>
          {list.map((move) => (
            <MoveItem key={move.initiative.id} productId={productId} move={move} />
          ))}
        </ReviewGroup>
      ))}
    </ReviewSection>
  );
}

/** What Discovery decided and heard: hypotheses by decision with their learning, experiments, interviews. */
export function DiscoverySection({ productId, discovery }: { productId: string; discovery: DiscoveryReview }) {
  const { t, language } = useTranslation();
  const { decided, experiments, interviews } = discovery;
  const none = DECIDED_STATUSES.every((s) => decided[s].length === 0) && experiments.length === 0 && interviews.length === 0;
  return (
    <ReviewSection title={t('review.discovery.title')} empty={none ? t('review.discovery.empty') : null}>
      {DECIDED_STATUSES.map((status) => (
        <ReviewGroup key={status} title={t(`review.discovery.decided.${status}`)} count={decided[status].length}>
          {decided[status].map(({ hypothesis, initiative, at }) => (
            <li key={hypothesis.id}>
              <Link href={paths.initiative(productId, initiative.id, 'discovery')}>{headline(hypothesis.belief)}</Link>{' '}
              <span className="review-meta">
                {initiative.title} · {t('review.at', { date: dateText(at, language) })}
              </span>
              {hypothesis.learning.trim() && (
                <p className="review-detail">
                  <strong>{t('review.discovery.learning')}</strong> {hypothesis.learning}
                </p>
              )}
            </li>
          ))}
        </ReviewGroup>
      ))}
      <ReviewGroup title={t('review.discovery.experiments')} count={experiments.length}>
        {experiments.map(({ experiment, initiative, at }) => (
          <li key={experiment.id}>
            <Link href={paths.initiative(productId, initiative.id, 'discovery')}>{initiative.title}</Link>{' '}
            <span className="review-meta">
              {[t(`discovery.methods.${experiment.method}`), experiment.decision ? t(`discovery.statuses.${experiment.decision}`) : '', t('review.at', { date: dateText(at, language) })].filter(Boolean).join(' · ')}
            </span>
            {experiment.learned.trim() && <p className="review-detail">{experiment.learned}</p>}
          </li>
        ))}
      </ReviewGroup>
      <ReviewGroup title={`${t('review.discovery.interviews')} · ${t('review.discovery.interviewCount', { count: interviews.length })}`} count={interviews.length}>
        {interviews.map((interview) => (
          <li key={interview.id}>
            <Link href={paths.interview(productId, interview.id)}>{interview.alias}</Link>{' '}
            <span className="review-meta">{[interview.role, dayText(interview.date, language)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ReviewGroup>
    </ReviewSection>
  );
}
