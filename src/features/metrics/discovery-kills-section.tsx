import { useId, useMemo } from 'react';
import { discoveryKills } from '../../domain/metrics/discovery-kills';
import type { Transition } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { countLabel, percentLabel } from './metrics-words';

/** The share of initiatives killed in Discovery, as a figure and the sentences that define it. */
export function DiscoveryKillsSection({ histories, now }: { histories: ReadonlyMap<string, readonly Transition[]>; now: number }) {
  const { t, language } = useTranslation();
  const id = useId();
  const kills = useMemo(() => discoveryKills(histories, now), [histories, now]);

  return (
    <section className="metrics-section metrics-section--kills" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.discovery.title')}</h2>
      {kills.share === null ? (
        <p className="metrics-empty">{t('metrics.discovery.empty')}</p>
      ) : (
        <>
          <p className="metrics-figure">
            <strong className="metrics-figure__value">{percentLabel(kills.share, language)}</strong>{' '}
            <span>{t('metrics.discovery.share', { killed: countLabel(kills.killed, language), left: countLabel(kills.left, language) })}</span>
          </p>
          <p>{t('metrics.discovery.learning')}</p>
        </>
      )}
      <p className="field__help">{t('metrics.discovery.definition')}</p>
    </section>
  );
}
