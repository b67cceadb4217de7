import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { InitiativeFields } from '../../ui/initiative-fields';
import { useAutosave } from './use-autosave';

/** The initiative's own fields, saved while the user types. */
export function InitiativeForm({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { values, errors, state, change, save } = useAutosave(initiative);
  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} aria-label={t('initiative.details')}>
      <h3 className="initiative__subtitle">{t('initiative.details')}</h3>
      <InitiativeFields values={values} errors={errors} onChange={change} onBlur={() => state === 'unsaved' && void save()} />
      <p className={`save-state save-state--${state}`} role="status">
        {t(`initiative.${state}`)}
      </p>
    </form>
  );
}
