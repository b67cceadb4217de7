import { Link } from 'wouter';
import { askOutcome, type AccountAsk } from '../../domain/feedback/account-asks';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { useStackedTable } from '../../ui/use-stacked-table';
import type { AccountsData } from './accounts-data';

/** "What did we promise them, and where is it?": each initiative asked for, its lane and stage now, and whether it shipped. */
export function AccountAsksTable({ data, asks, caption }: { data: AccountsData; asks: AccountAsk[]; caption: string }) {
  const { t, language } = useTranslation();
  const ref = useStackedTable();
  return (
    <table className="table table--stack account-asks" ref={ref}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('accounts.account.columns.initiative')}</th>
          <th scope="col">{t('accounts.account.columns.importance')}</th>
          <th scope="col">{t('accounts.account.columns.where')}</th>
          <th scope="col">{t('accounts.account.columns.outcome')}</th>
          <th scope="col">{t('accounts.account.columns.lastAsked')}</th>
        </tr>
      </thead>
      <tbody>
        {asks.map((ask) => {
          const initiative = data.initiatives.get(ask.initiativeId);
          if (!initiative) return null;
          const stage = data.stages.get(initiative.stageId);
          const outcome = askOutcome(initiative, stage);
          return (
            <tr key={ask.initiativeId}>
              <th scope="row">
                <Link href={paths.initiative(initiative.productId, initiative.id)}>{initiative.title}</Link>
              </th>
              <td>
                <span className={`importance importance--${ask.importance}`}>{t(`feedback.importance.${ask.importance}`)}</span>
              </td>
              <td>
                <span className={`account-asks__where account-asks__where--${initiative.lane}`}>
                  {t('accounts.account.where', { lane: t(`lanes.${initiative.lane}`), stage: stage ? stageName(stage, t) : '' })}
                </span>
              </td>
              <td>
                <span className={`outcome-badge outcome-badge--${outcome}`}>{t(`accounts.account.outcome.${outcome}`)}</span>
              </td>
              <td>
                <time dateTime={ask.lastAsked}>{dayText(ask.lastAsked, language)}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
