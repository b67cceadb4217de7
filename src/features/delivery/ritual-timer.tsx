import { useEffect, useId, useRef } from 'react';
import { pauseRitualTimer, resumeRitualTimer } from '../../db/ritual-commands';
import { elapsedMs, isOverTimebox } from '../../domain/delivery/rituals';
import type { RitualRun } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { useNow } from '../../ui/use-now';
import { formatClock } from './ritual-words';

interface RitualTimerProps {
  run: RitualRun;
  /** The timebox in words, with how it was scaled. */
  timebox: string;
  onFinish: () => void;
}

/**
 * The run's stopwatch against its timebox, ticking every second. Its running or paused state is
 * the run's own (stored), so a reload, or coming back another day, finds it as it was left.
 */
export function RitualTimer({ run, timebox, onFinish }: RitualTimerProps) {
  const { t } = useTranslation();
  const command = useCommand();
  const id = useId();
  const now = useNow(1000);
  const elapsed = elapsedMs(run, now);
  const over = isOverTimebox(run, now);
  const paused = run.timerStartedAt === null;
  const limit = run.timeboxMinutes === null ? null : run.timeboxMinutes * 60_000;

  // Say it once when the timebox runs out, not on every tick past it.
  const wasOver = useRef(over);
  useEffect(() => {
    if (over && !wasOver.current) announce(t('rituals.timer.overAnnounced'));
    wasOver.current = over;
  }, [over, t]);

  const toggle = () => void command(() => (paused ? resumeRitualTimer(run.id) : pauseRitualTimer(run.id)));

  return (
    <section className={`ritual-timer${over ? ' ritual-timer--over' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('rituals.timer.title')}
      </h2>
      <div className="ritual-timer__reading">
        <p className="ritual-timer__clock" role="timer" aria-label={t('rituals.timer.elapsed')}>
          <span className="ritual-timer__elapsed">{formatClock(elapsed)}</span>
          {limit !== null && <span className="ritual-timer__limit"> / {formatClock(limit)}</span>}
        </p>
        <p className="ritual-timer__status">
          {over && limit !== null ? (
            <strong className="ritual-timer__over">
              <span aria-hidden="true">⚠ </span>
              {t('rituals.timer.over', { time: formatClock(elapsed - limit) })}
            </strong>
          ) : (
            <span>{timebox}</span>
          )}
          {paused && (
            <span className="badge ritual-timer__paused">
              <span aria-hidden="true">❚❚ </span>
              {t('rituals.timer.paused')}
            </span>
          )}
        </p>
        {over && <p className="field__help">{timebox}</p>}
      </div>
      <div className="ritual-timer__actions">
        <button type="button" className="button" onClick={toggle}>
          {paused ? t('rituals.timer.resume') : t('rituals.timer.pause')}
        </button>
        <button type="button" className="button button--primary" onClick={onFinish}>
          {t('rituals.run.finish')}
        </button>
      </div>
    </section>
  );
}
