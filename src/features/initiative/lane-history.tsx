import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/i18n';
import { transitionsOf } from '../../db/queries';
import { durationParts } from '../../domain/duration';
import { laneDurations } from '../../domain/history';
import { LANES, type Stage, type Transition } from '../../domain/types';
import { stageName } from '../../ui/stage-name';
import { useNow } from '../../ui/use-now';
import { dateTimeText } from '../../ui/date-text';

interface LaneHistoryProps {
  initiativeId: string;
  stages: readonly Stage[];
}

/** The initiative's moves as a timeline, and the time it spent in each lane. */
export function LaneHistory({ initiativeId, stages }: LaneHistoryProps) {
  const { t, language } = useTranslation();
  const transitions = useLiveQuery(() => transitionsOf(initiativeId), [initiativeId]);
  const now = useNow();
  if (!transitions) return null;
  const byId = new Map(stages.map((s) => [s.id, s]));
  const name = (id: string | null) => {
    const stage = id ? byId.get(id) : undefined;
    return stage ? stageName(stage, t) : t('history.unknownStage');
  };
  const durations = laneDurations(transitions, now);

  const describe = (tr: Transition) => {
    switch (tr.kind) {
      case 'create':
        return t('history.created', { stage: name(tr.toStageId) });
      case 'move':
        return t('history.moved', { from: name(tr.fromStageId), to: name(tr.toStageId) });
      case 'close':
        return t('history.closed', { status: t(`initiative.status.${tr.status}`) });
      case 'reopen':
        return t('history.reopened', { stage: name(tr.toStageId) });
    }
  };

  return (
    <section className="history" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('history.timeInLanes')}</h3>
      <dl className="lane-times">
        {LANES.map((lane) => {
          const parts = durationParts(durations[lane]);
          return (
            <div key={lane} className={`lane-time lane-time--${lane}`}>
              <dt>{t(`lanes.${lane}`)}</dt>
              <dd>{durations[lane] > 0 ? t(`duration.${parts.unit}`, { count: parts.value }) : t('history.none')}</dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('history.title')}</h3>
      <ol className="timeline">
        {[...transitions].reverse().map((tr) => (
          <li key={tr.id} className={`timeline__item timeline__item--${tr.toLane ?? 'closed'}`}>
            <time dateTime={new Date(tr.at).toISOString()}>{dateTimeText(tr.at, language)}</time>
            <span>{describe(tr)}</span>
            {tr.by && <span className="timeline__author">{t('history.by', { name: tr.by })}</span>}
            {tr.reason && <span className="timeline__reason">{t('history.reason', { reason: tr.reason })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
