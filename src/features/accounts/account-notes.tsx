import { Link } from 'wouter';
import { linkCounts } from '../../db/feedback-queries';
import { feedbackState } from '../../domain/feedback/inbox';
import type { FeedbackNote } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import type { AccountsData } from './accounts-data';

/** The account's notes, newest first (as the data comes), each with who said it and whether it waits in the inbox. */
export function AccountNotes({ data, notes, labelledBy }: { data: AccountsData; notes: FeedbackNote[]; labelledBy: string }) {
  const { t, language } = useTranslation();
  const links = linkCounts(data);
  return (
    <ul className="account-notes" aria-labelledby={labelledBy}>
      {notes.map((note) => {
        const state = feedbackState(note, links.get(note.id) ?? 0);
        return (
          <li key={note.id} className="account-note">
            <p className="account-note__meta">
              <time dateTime={note.date}>{dayText(note.date, language)}</time>
              {' · '}
              {t(`feedback.source.${note.source}`)}
              {note.person && ` · ${note.person}`}
              {state !== 'processed' && <span className={`badge account-note__state--${state}`}>{t(`accounts.account.${state}`)}</span>}
            </p>
            <p className="account-note__text">{note.text}</p>
            <Link className="account-note__open" href={paths.feedback(note.productId, note.id)}>
              {t('accounts.account.openNote')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
