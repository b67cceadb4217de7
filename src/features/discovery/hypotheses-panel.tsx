import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { hypothesesOf } from '../../db/discovery-queries';
import { useTranslation } from '../../i18n/i18n';
import { AssumptionMap } from './assumption-map';
import { HypothesisItem } from './hypothesis-item';
import { LogHypothesisDialog } from './log-hypothesis-dialog';
import './discovery.css';

interface HypothesesPanelProps {
  productId: string;
  initiativeId: string;
}

/** The initiative's hypotheses: the assumption map, each hypothesis with its experiments and evidence. */
export function HypothesesPanel({ productId, initiativeId }: HypothesesPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const hypotheses = useLiveQuery(() => hypothesesOf(initiativeId), [initiativeId]);
  const [logging, setLogging] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);
  if (!hypotheses) return null;

  return (
    <section className="hypotheses" aria-labelledby={`${id}-title`}>
      <div className="hypotheses__header">
        <h3 id={`${id}-title`}>{t('discovery.hypotheses.title')}</h3>
        <button type="button" className="button button--small" onClick={() => setLogging(true)}>
          {t('discovery.hypotheses.log')}
        </button>
      </div>
      {hypotheses.length === 0 ? (
        <p className="field__help">{t('discovery.hypotheses.empty')}</p>
      ) : (
        <>
          <AssumptionMap hypotheses={hypotheses} />
          <ol className="hypothesis-list">
            {hypotheses.map((h, i) => (
              <HypothesisItem key={h.id} hypothesis={h} number={i + 1} productId={productId} initiallyOpen={h.id === logged} />
            ))}
          </ol>
        </>
      )}
      {logging && <LogHypothesisDialog productId={productId} initiativeId={initiativeId} onClose={() => setLogging(false)} onLogged={(h) => setLogged(h.id)} />}
    </section>
  );
}
