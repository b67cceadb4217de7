import { Link } from 'wouter';
import { setLinkImportance, unlinkFeedback } from '../../db/feedback-link-commands';
import { IMPORTANCES, isImportance, type Account, type FeedbackLink, type FeedbackNote } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { dayText } from '../../ui/date-text';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';

interface LinkedNoteItemProps {
  link: FeedbackLink;
  note: FeedbackNote;
  account: Account | null;
}

/** One note asking for the initiative: what was said (or the excerpt linked), by whom, when, and how much it matters. */
export function LinkedNoteItem({ link, note, account }: LinkedNoteItemProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const person = note.person.trim();
  const who = [account?.name, person].filter(Boolean).join(' · ') || t('demand.anonymous');
  const date = dayText(note.date, language);

  const changeImportance = async (value: string) => {
    if (!isImportance(value)) return;
    const result = await run(() => setLinkImportance(link.id, value));
    if (result.ok) announce(t('demand.importanceChanged', { importance: t(`feedback.importance.${value}`) }));
  };
  const unlink = async () => {
    const result = await run(() => unlinkFeedback(link.id));
    if (result.ok) showNotice({ kind: 'info', message: t('demand.unlinked'), action: undoAction(link.productId) });
  };

  return (
    <li className="linked-note">
      <p className="linked-note__who">
        <span className="linked-note__account">{account ? account.name : t('demand.noAccount')}</span>
        {person && <span className="linked-note__person">{person}</span>}
        <span className="linked-note__said">{t('demand.said', { source: t(`feedback.source.${note.source}`), date })}</span>
      </p>
      {link.excerpt ? (
        <figure className="linked-note__excerpt">
          <figcaption className="field__help">{t('demand.excerpt')}</figcaption>
          <blockquote>{link.excerpt}</blockquote>
        </figure>
      ) : (
        <blockquote className="linked-note__text">{note.text}</blockquote>
      )}
      <div className="linked-note__actions">
        {/* The visible label is short; the name says whose note, as every note of the list has one. */}
        <label className="linked-note__importance">
          {t('demand.importance')}
          <select value={link.importance} aria-label={t('demand.importanceOf', { who, date })} onChange={(e) => void changeImportance(e.target.value)}>
            {IMPORTANCES.map((importance) => (
              <option key={importance} value={importance}>
                {t(`feedback.importance.${importance}`)}
              </option>
            ))}
          </select>
        </label>
        <Link className="button button--small" href={paths.feedback(note.productId, note.id)} aria-label={t('demand.openNoteOf', { who, date })}>
          {t('demand.openNote')}
        </Link>
        <button type="button" className="button button--small" aria-label={t('demand.unlinkNote', { who, date })} onClick={() => void unlink()}>
          {t('demand.unlink')}
        </button>
      </div>
    </li>
  );
}
