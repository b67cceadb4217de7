import type { Demand } from '../../domain/feedback/demand';
import { useTranslation } from '../../i18n/i18n';
import { revenueText } from '../../ui/demand-text';

/** The figures of an initiative's demand, each with its label. */
export function DemandFigures({ demand }: { demand: Demand }) {
  const { t, language } = useTranslation();
  const figures: [label: string, value: string][] = [
    [t('demand.labels.notes'), String(demand.notes)],
    [t('demand.labels.accounts'), String(demand.accounts)],
    [t('demand.labels.revenue'), revenueText(demand.revenue, language)],
    [t('demand.labels.strategic'), String(demand.strategic)],
    [t('demand.labels.critical'), String(demand.critical)],
  ];
  return (
    <dl className="demand-figures">
      {figures.map(([label, value]) => (
        <div key={label} className="demand-figures__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
