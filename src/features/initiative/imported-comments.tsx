import { useId } from 'react';
import type { InitiativeComment } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';

/** The comments a Trello or Jira import brought, oldest first, read-only: what the team said there stays at hand. */
export function ImportedComments({ comments }: { comments: readonly InitiativeComment[] }) {
  const { t, language } = useTranslation();
  const id = useId();
  if (comments.length === 0) return null;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="imported-comments" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('initiative.comments')}</h3>
      <ol className="imported-comments__list">
        {comments.map((comment, i) => (
          <li key={i} className="imported-comments__item">
            <p className="imported-comments__by">
              {t('initiative.commentBy', { author: comment.author || t('initiative.commentNoAuthor'), date: date.format(comment.at) })}
            </p>
            <p className="imported-comments__text">{comment.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
