import { useId, useState, type FormEvent } from 'react';
import { editRitualRun } from '../../db/ritual-commands';
import type { RitualRun } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { FieldError } from '../../ui/form-field';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';

/** Who took part: names added and removed one by one; plain text once the run is finished. */
export function RitualParticipants({ run, readOnly }: { run: RitualRun; readOnly: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const names = run.participants;

  const save = async (participants: string[]) => {
    const result = await command(() => editRitualRun(run.id, { participants }));
    if (!result.ok) setError(result.fields?.participants);
    return result.ok;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    if (names.some((n) => n.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      setError('rituals.participants.already');
      return;
    }
    if (await save([...names, trimmed])) {
      setName('');
      setError(undefined);
      announce(t('rituals.participants.added', { name: trimmed }));
    }
  };

  const remove = async (removed: string) => {
    if (await save(names.filter((n) => n !== removed))) announce(t('rituals.participants.removed', { name: removed }));
  };

  return (
    <section className="ritual-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rituals.participants.title')}</h2>
      {names.length === 0 ? (
        <p className="field__help">{t('rituals.participants.none')}</p>
      ) : (
        <ul className="ritual-participants" aria-labelledby={`${id}-title`}>
          {names.map((n) => (
            <li key={n} className="ritual-participants__name">
              {n}
              {!readOnly && (
                <button type="button" className="icon-button icon-button--danger" aria-label={t('rituals.participants.remove', { name: n })} onClick={() => void remove(n)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="inline-form" onSubmit={add} noValidate>
          <label htmlFor={`${id}-name`} className="visually-hidden">
            {t('rituals.participants.name')}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            placeholder={t('rituals.participants.name')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            {t('rituals.participants.add')}
          </button>
          <FieldError id={`${id}-error`} error={error} />
        </form>
      )}
    </section>
  );
}
