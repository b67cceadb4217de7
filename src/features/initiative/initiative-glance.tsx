import { useLiveQuery } from 'dexie-react-hooks';
import { useId, type MouseEvent } from 'react';
import { storiesOfInitiative } from '../../db/delivery-queries';
import { hypothesesOf } from '../../db/discovery-queries';
import { strategyCardContext } from '../../db/strategy-card-queries';
import { isStoryReady } from '../../domain/delivery/readiness';
import { isReleased, outcomeVerdict } from '../../domain/delivery/outcome';
import { deliveryGate } from '../../domain/discovery/gate';
import { statusSummary } from '../../domain/discovery/evidence';
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../../domain/discovery/types';
import type { InitiativeTab } from '../../domain/initiative-tabs';
import { nextAction, NEXT_ACTION_TAB } from '../../domain/next-action';
import { scoreOf } from '../../domain/strategy/scores';
import type { Initiative, Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import './initiative-glance.css';

interface InitiativeGlanceProps {
  initiative: Initiative;
  stage: Stage | undefined;
  /** Opens the tab where the next step is taken. */
  onGoTo: (tab: InitiativeTab) => void;
}

/** What matters first: owner, score, objective, hypotheses, stories, the gate into Delivery or the outcome, and the next step. */
export function InitiativeGlance({ initiative, stage, onGoTo }: InitiativeGlanceProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const data = useLiveQuery(async () => {
    const [hypotheses, stories, strategy] = await Promise.all([hypothesesOf(initiative.id), storiesOfInitiative(initiative.id), strategyCardContext(initiative.productId)]);
    return { hypotheses: hypotheses.filter((h) => h.deletedAt === null), stories, strategy };
  }, [initiative.id, initiative.productId]);
  if (!data) return null;
  const { hypotheses, stories, strategy } = data;

  const score = scoreOf(initiative.score, strategy.framework);
  const objective = initiative.objectiveId ? strategy.objectiveTitles.get(initiative.objectiveId) : undefined;
  const released = isReleased(initiative, stage);
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const byStatus = Object.fromEntries(HYPOTHESIS_STATUSES.map((s) => [s, hypotheses.filter((h) => h.status === s).length])) as Record<HypothesisStatus, number>;
  const ready = stories.filter(isStoryReady).length;
  const done = stories.filter((s) => s.status === 'done').length;
  const gaps = deliveryGate(hypotheses, stories);
  const next = nextAction({
    lane: initiative.lane,
    status: initiative.status,
    released,
    hasObjective: objective !== undefined,
    scored: score !== null,
    outcomeRecorded: outcomeVerdict(initiative.outcome) !== 'pending',
    hypotheses,
    stories,
  });
  const verdict = outcomeVerdict(initiative.outcome);

  const facts: [label: string, value: string, wide?: 'wide'][] = [
    [t('initiativePage.owner'), initiative.owner || t('initiativePage.noOwner')],
    [
      t('initiativePage.score'),
      score === null
        ? t('initiativePage.notScored')
        : t('board.cardScore', { framework: strategy.framework.toUpperCase(), score: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score) }),
    ],
    [t('initiativePage.objective'), objective ?? t('initiativePage.noObjective')],
    [t('initiativePage.hypotheses'), hypotheses.length === 0 ? t('initiativePage.none') : statusSummary(byStatus).map(({ status, count }) => t(`board.cardStatus.${status}`, { count })).join(' · ')],
    [
      t('initiativePage.stories'),
      stories.length === 0
        ? t('initiativePage.none')
        : [t('board.cardStoriesDone', { count: stories.length, done }), t('board.cardReady', { count: ready })].join(' · '),
    ],
  ];
  // Before Delivery, what its gate still asks; once released, what it achieved.
  if (initiative.status === 'active' && initiative.lane !== 'delivery') {
    facts.push([
      t('initiativePage.gate'),
      gaps.length === 0 ? t('initiativePage.gateClear') : t('initiativePage.gateMissing', { gaps: list(gaps.map((gap) => t(`gate.gaps.${gap}`))) }),
      'wide',
    ]);
  }
  if (released) {
    facts.push([t('initiativePage.outcome'), verdict === 'pending' ? t('initiativePage.outcomePending') : t(verdict === 'met' ? 'board.targetMet' : 'board.targetMissed')]);
  }

  const goTo = (event: MouseEvent, tab: InitiativeTab) => {
    event.preventDefault();
    onGoTo(tab);
  };

  return (
    <section className="glance" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('initiativePage.glance')}
      </h3>
      <dl className="glance__facts">
        {facts.map(([label, value, wide]) => (
          <div key={label} className={wide ? 'glance__fact glance__fact--wide' : 'glance__fact'}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {next && (
        <p className="glance__next">
          <span className="glance__next-label">{t('initiativePage.next')}</span>
          <a className="button button--primary" href={paths.initiative(initiative.productId, initiative.id, NEXT_ACTION_TAB[next])} onClick={(e) => goTo(e, NEXT_ACTION_TAB[next])}>
            {t(`initiativePage.actions.${next}`)}
          </a>
        </p>
      )}
    </section>
  );
}
