import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Evidence, Hypothesis } from '../../domain/discovery/types';
import type { FeedbackState } from '../../domain/feedback/inbox';
import type { Account, FeedbackLink, FeedbackNote } from '../../domain/feedback/types';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import { NoteLinks } from './note-links';

export type NoteAction = 'linkInitiative' | 'linkHypothesis' | 'dismiss' | 'reopen' | 'edit' | 'delete';

interface NoteDetailProps {
  note: FeedbackNote;
  state: FeedbackState;
  account: Account | null;
  links: readonly FeedbackLink[];
  evidence: readonly Evidence[];
  initiatives: ReadonlyMap<string, Initiative>;
  hypotheses: ReadonlyMap<string, Hypothesis>;
  readOnly: boolean;
  /** Kept up to date with the words highlighted in the note's text, for the link dialogs' excerpt. */
  selectionRef: { current: string };
  onAction: (action: NoteAction) => void;
}

/** The selected note: who said what, when, what it is linked to, and what to do with it. */
export function NoteDetail({ note, state, account, links, evidence, initiatives, hypotheses, readOnly, selectionRef, onAction }: NoteDetailProps) {
  const { t, language } = useTranslation();
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    selectionRef.current = '';
    const remember = () => {
      const selection = document.getSelection();
      const text = textRef.current;
      // Only words of this note's text: a selection elsewhere on the page is not an excerpt of it.
      if (selection && text && !selection.isCollapsed && text.contains(selection.anchorNode) && text.contains(selection.focusNode)) selectionRef.current = selection.toString().trim();
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, [note.id, selectionRef]);

  const button = (action: NoteAction, label: string, key?: string, primary = false) => (
    <button type="button" className={`button${primary ? ' button--primary' : ''}`} disabled={readOnly} onClick={() => onAction(action)} aria-keyshortcuts={key}>
      {label}
      {key && <kbd className="note-detail__key" aria-hidden="true">{key}</kbd>}
    </button>
  );

  return (
    <article className="note-detail" aria-labelledby="note-detail-title">
      <header className="note-detail__header">
        <h2 id="note-detail-title" className="note-detail__title">
          {account ? <Link href={paths.account(note.productId, account.id)}>{account.name}</Link> : note.person || t('feedback.list.anonymous')}
          {account && note.person && <span className="note-detail__person"> · {note.person}</span>}
        </h2>
        <p className="note-detail__facts">
          <span className={`feedback-state feedback-state--${state}`}>{t(`feedback.state.${state}`)}</span>
          <span>{t(`feedback.source.${note.source}`)}</span>
          <time dateTime={note.date}>{dayText(note.date, language, 'long')}</time>
          {account && (
            <span>
              {[account.segment, account.plan, account.strategic ? t('feedback.detail.strategic') : ''].filter(Boolean).join(' · ')}
            </span>
          )}
          {note.enteredBy && <span>{t('feedback.detail.enteredBy', { name: note.enteredBy })}</span>}
        </p>
      </header>
      <div ref={textRef} className="note-detail__text" aria-label={t('feedback.detail.text')} role="region">
        {note.text}
      </div>
      {note.tags.length > 0 && (
        <ul className="note-detail__tags" aria-label={t('feedback.detail.tags')}>
          {note.tags.map((tag) => (
            <li key={tag} className="badge">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <p className="note-detail__hint">{t('feedback.detail.selectHint')}</p>
      <div className="note-detail__actions">
        {button('linkInitiative', t('feedback.detail.linkInitiative'), 'L', true)}
        {button('linkHypothesis', t('feedback.detail.linkHypothesis'), 'E')}
        {state === 'dismissed' ? button('reopen', t('feedback.detail.reopen'), 'D') : state === 'toProcess' && button('dismiss', t('feedback.detail.dismiss'), 'D')}
        {button('edit', t('feedback.detail.edit'))}
        {button('delete', t('feedback.detail.delete'))}
      </div>
      <section aria-labelledby="note-links-title">
        <h3 id="note-links-title" className="note-detail__subtitle">
          {t('feedback.detail.linkedTo')}
        </h3>
        <NoteLinks productId={note.productId} links={links} evidence={evidence} initiatives={initiatives} hypotheses={hypotheses} readOnly={readOnly} />
      </section>
    </article>
  );
}
