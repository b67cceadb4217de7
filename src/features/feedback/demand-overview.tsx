import type { MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { demandParts } from './demand-words';
import { useInitiativeFeedback } from './initiative-feedback';
import './demand.css';

/** On the overview, when customers asked for the initiative: its demand in one line, and once it shipped or was dropped, who to tell. */
export function DemandOverview({ initiative }: { initiative: Initiative }) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const data = useInitiativeFeedback(initiative);
  if (!data?.demand) return null;
  const href = paths.initiative(initiative.productId, initiative.id, 'feedback');
  // The tab is replaced, not pushed, as the tabs themselves do.
  const open = (event: MouseEvent) => {
    event.preventDefault();
    navigate(href, { replace: true });
  };
  return (
    <div className="demand-overview">
      <p>
        {t('demand.overview', { figures: demandParts(data.demand, t, language).join(' · ') })}{' '}
        <a href={href} onClick={open}>
          {t('demand.seeFeedback')}
        </a>
      </p>
      {data.loop && data.askers.length > 0 && (
        <p className="demand-overview__loop">
          <a href={href} onClick={open}>
            {t('demand.loop.overview', { count: data.askers.length })}
          </a>
        </p>
      )}
    </div>
  );
}
