import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { ritualRuns } from '../../db/delivery-queries';
import { elapsedMs, runCompletion } from '../../domain/delivery/rituals';
import { RITUAL_KINDS, type RitualKind, type RitualRun, type Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { useNow } from '../../ui/use-now';
import { dateTimeText } from '../../ui/date-text';
import { RitualStartDialog } from './ritual-start-dialog';
import { formatDuration, ritualKindLabel, runName } from './ritual-words';
import './rituals.css';

interface RitualsSectionProps {
  productId: string;
  /** The sprint whose rituals these are; null for the product's rituals outside sprints (continuous flow). */
  sprint: Sprint | null;
}

/** A sprint's ritual history, newest first, and the buttons that start the next ritual. */
export function RitualsSection({ productId, sprint }: RitualsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const sprintId = sprint?.id ?? null;
  const runs = useLiveQuery(() => ritualRuns(productId, sprintId), [productId, sprintId]);
  const [starting, setStarting] = useState<RitualKind | null>(null);

  return (
    <section className="rituals-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rituals.title')}</h2>
      {sprint?.status === 'closed' ? (
        <p className="field__help">{t('rituals.start.closedSprint')}</p>
      ) : (
        <div className="rituals-section__start" role="group" aria-label={t('rituals.start.group')}>
          {RITUAL_KINDS.map((kind) => (
            <button key={kind} type="button" className="button button--small" onClick={() => setStarting(kind)}>
              {t(`rituals.start.${kind}`)}
            </button>
          ))}
        </div>
      )}
      <h3 id={`${id}-history`}>{t('rituals.history.title')}</h3>
      {runs && runs.length === 0 && <p className="empty">{sprint ? t('rituals.history.empty') : t('rituals.history.emptyFlow')}</p>}
      {runs && runs.length > 0 && (
        <ol className="ritual-history" aria-labelledby={`${id}-history`}>
          {runs.map((run) => (
            <RitualHistoryRow key={run.id} run={run} />
          ))}
        </ol>
      )}
      {starting && <RitualStartDialog productId={productId} sprint={sprint} kind={starting} onClose={() => setStarting(null)} />}
    </section>
  );
}

function RitualHistoryRow({ run }: { run: RitualRun }) {
  const { t, language } = useTranslation();
  // Runs in progress count up while the list is open.
  const now = useNow();
  const { done, total } = runCompletion(run);
  const finished = run.finishedAt !== null;
  return (
    <li className="ritual-history__row">
      <span className="ritual-history__kind">{ritualKindLabel(run.kind, t)}</span>
      <Link className="ritual-history__name" href={paths.ritualRun(run.productId, run.id)}>
        {runName(run)}
      </Link>
      <span className="ritual-history__facts">
        <time dateTime={new Date(run.startedAt).toISOString()}>{dateTimeText(run.startedAt, language)}</time>
        <span>{formatDuration(elapsedMs(run, now), t)}</span>
        <span>{total === 0 ? t('rituals.history.noChecklist') : t('rituals.history.items', { done, total })}</span>
      </span>
      <span className={`badge ritual-state ritual-state--${finished ? 'finished' : 'running'}`}>{finished ? t('rituals.history.finished') : t('rituals.history.inProgress')}</span>
    </li>
  );
}
