import { useId } from 'react';
import { Link } from 'wouter';
import type { ObjectiveRow } from '../../db/strategy-queries';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';

/**
 * The initiatives serving an objective, in every lane and closed ones too, each a link to its page:
 * what was tried for it, why a closed one stopped, and what its discovery taught.
 */
export function ObjectiveInitiatives({ row }: { row: ObjectiveRow }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="objective__initiatives" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('strategy.objectives.initiatives')}</h5>
      {row.initiatives.length === 0 ? (
        <p className="field__help">{t('strategy.objectives.noInitiatives')}</p>
      ) : (
        <ul className="objective-initiatives">
          {row.initiatives.map(({ initiative: i, stage, learnings }) => (
            <li key={i.id}>
              <Link href={paths.initiative(i.productId, i.id)}>{i.title}</Link>
              <span className={`objective-initiatives__where objective-initiatives__where--${i.lane}`}>
                {i.status === 'active' && stage
                  ? t('strategy.objectives.where', { lane: t(`lanes.${stage.lane}`), stage: stageName(stage, t) })
                  : t(`initiative.status.${i.status}`)}
              </span>
              {i.status !== 'active' && i.closeReason && <p className="objective-initiatives__reason">{t('strategy.objectives.closeReason', { reason: i.closeReason })}</p>}
              {learnings.length > 0 && (
                <ul className="objective-initiatives__learnings" aria-label={t('strategy.objectives.learnedFrom', { title: i.title })}>
                  {learnings.map((h) => (
                    <li key={h.id}>
                      <span className="objective-initiatives__decision">{t(`strategy.objectives.decided.${h.status as 'validated' | 'invalidated'}`)}</span> {h.learning}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
