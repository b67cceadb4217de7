import { useId } from 'react';
import type { LoopReason } from '../../domain/feedback/close-the-loop';
import type { Asker } from '../../domain/feedback/inbox';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { useStackedTable } from '../../ui/use-stacked-table';
import { downloadAskers, askersTexts } from './askers-export';

interface AskersSectionProps {
  initiative: Initiative;
  loop: LoopReason;
  askers: readonly Asker[];
}

/** Close the loop: everyone who asked for the initiative, to tell them it shipped or was dropped, with exports to work from. */
export function AskersSection({ initiative, loop, askers }: AskersSectionProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const tableRef = useStackedTable();
  const texts = askersTexts(initiative, loop, t, language);
  const download = (format: 'markdown' | 'csv') => downloadAskers(format, askers, texts, initiative.title, t);

  return (
    <section className="askers" aria-labelledby={`${id}-title`}>
      <div className="askers__header">
        <h4 id={`${id}-title`}>{t('demand.loop.title')}</h4>
        <div className="askers__actions">
          <button type="button" className="button button--small" onClick={() => download('markdown')}>
            {t('demand.loop.exportMarkdown')}
          </button>
          <button type="button" className="button button--small" onClick={() => download('csv')}>
            {t('demand.loop.exportCsv')}
          </button>
        </div>
      </div>
      <p>{texts.reason}</p>
      <table ref={tableRef} className="table table--stack askers__table">
        <caption className="visually-hidden">{t('demand.loop.caption', { title: initiative.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.headers.account}</th>
            <th scope="col">{texts.headers.people}</th>
            <th scope="col">{texts.headers.importance}</th>
            <th scope="col">{texts.headers.lastAsked}</th>
          </tr>
        </thead>
        <tbody>
          {askers.map((asker) => (
            <tr key={asker.key}>
              <th scope="row">
                {asker.account?.name ?? texts.noAccount}
                {asker.account?.strategic && <span className="chip askers__strategic">{texts.headers.strategic}</span>}
              </th>
              <td>{asker.people.join(', ')}</td>
              <td>{texts.importance[asker.importance]}</td>
              <td>{dayText(asker.lastAsked, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
