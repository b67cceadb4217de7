import { useEffect, useId, useRef, useState } from 'react';
import type { Competitor } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';

interface CompetitorListProps {
  competitors: Competitor[];
  /** The form's field errors; a row's is keyed `competitor:<id>`. */
  errors: Record<string, string | undefined>;
  onChange: (competitors: Competitor[]) => void;
  onBlur: () => void;
}

/** The main competitors, a name and a note each: rows added and removed in the strategy form. */
export function CompetitorList({ competitors, errors, onChange, onBlur }: CompetitorListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [focusId, setFocusId] = useState<string | null>(null);
  const nameRefs = useRef(new Map<string, HTMLInputElement>());
  const addRef = useRef<HTMLButtonElement>(null);

  // A new row takes focus once rendered, so the user types its name straight away.
  useEffect(() => {
    if (focusId && nameRefs.current.get(focusId)) {
      nameRefs.current.get(focusId)!.focus();
      setFocusId(null);
    }
  }, [focusId, competitors]);

  const edit = (competitorId: string, patch: Partial<Competitor>) => onChange(competitors.map((c) => (c.id === competitorId ? { ...c, ...patch } : c)));
  const add = () => {
    const competitor = { id: crypto.randomUUID(), name: '', note: '' };
    onChange([...competitors, competitor]);
    setFocusId(competitor.id);
  };
  const remove = (competitorId: string) => {
    onChange(competitors.filter((c) => c.id !== competitorId));
    announce(t('strategy.competitors.removed'));
    addRef.current?.focus();
  };

  return (
    <fieldset className="strategy-fieldset competitors">
      <legend>{t('strategy.competitors.title')}</legend>
      {competitors.length === 0 ? (
        <p className="field__help">{t('strategy.competitors.empty')}</p>
      ) : (
        <>
          {/* Column titles for the eye; each input has its own accessible name. */}
          <div className="competitor competitor--head" aria-hidden="true">
            <span>{t('strategy.competitors.name')}</span>
            <span>{t('strategy.competitors.note')}</span>
          </div>
          <ol className="competitor-list">
          {competitors.map((c, i) => {
            const error = errors[`competitor:${c.id}`];
            const errorId = `${id}-${c.id}-error`;
            return (
              <li key={c.id} className="competitor">
                <input
                  ref={(node) => {
                    if (node) nameRefs.current.set(c.id, node);
                    else nameRefs.current.delete(c.id);
                  }}
                  className="competitor__name"
                  aria-label={t('strategy.competitors.nameOf', { number: i + 1 })}
                  value={c.name}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(e) => edit(c.id, { name: e.target.value })}
                  onBlur={onBlur}
                />
                <textarea
                  className="competitor__note"
                  rows={2}
                  aria-label={t('strategy.competitors.noteOf', { number: i + 1 })}
                  value={c.note}
                  onChange={(e) => edit(c.id, { note: e.target.value })}
                  onBlur={onBlur}
                />
                <button type="button" className="button button--small" aria-label={t('strategy.competitors.removeLabel', { number: i + 1 })} onClick={() => remove(c.id)}>
                  {t('strategy.competitors.remove')}
                </button>
                {error && (
                  <p className="field__error competitor__error" id={errorId} role="alert">
                    {t(error as 'errors.unknown') || t('errors.unknown')}
                  </p>
                )}
              </li>
            );
          })}
          </ol>
        </>
      )}
      {errors.competitors && (
        <p className="field__error" role="alert">
          {t(errors.competitors as 'errors.unknown') || t('errors.unknown')}
        </p>
      )}
      <button ref={addRef} type="button" className="button button--small" onClick={add}>
        {t('strategy.competitors.add')}
      </button>
    </fieldset>
  );
}
