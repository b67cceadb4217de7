import { useId } from 'react';
import { Link } from 'wouter';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { AskersSection } from './askers-section';
import { DemandFigures } from './demand-figures';
import { useInitiativeFeedback } from './initiative-feedback';
import { LinkedNoteItem } from './linked-note-item';
import './demand.css';

/** The initiative's "Feedback" tab: its demand, who to tell once it ships or is dropped, and each note asking for it. */
export function InitiativeFeedbackPanel({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const id = useId();
  const data = useInitiativeFeedback(initiative);
  if (!data) return null;
  const { links, demand, askers, loop } = data;

  return (
    <section className="demand" aria-labelledby={`${id}-title`}>
      <div className="demand__header">
        <h3 id={`${id}-title`}>{t('demand.title')}</h3>
        <Link className="button button--small" href={paths.feedback(initiative.productId)}>
          {t('demand.openInbox')}
        </Link>
      </div>
      {!demand ? (
        <p className="field__help">{t('demand.none')}</p>
      ) : (
        <>
          <DemandFigures demand={demand} />
          {loop && askers.length > 0 && <AskersSection initiative={initiative} loop={loop} askers={askers} />}
          <h4 id={`${id}-notes`}>{t('demand.notesTitle')}</h4>
          <ul className="linked-notes" aria-labelledby={`${id}-notes`}>
            {links.map(({ link, note, account }) => (
              <LinkedNoteItem key={link.id} link={link} note={note} account={account} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
