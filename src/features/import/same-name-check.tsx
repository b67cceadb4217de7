import { useId } from 'react';
import { useTranslation } from '../../i18n/i18n';

interface SameNameCheckProps {
  name: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

/**
 * A new product would take the name of one that exists: most often the same file imported twice.
 * Said before anything is created; a second product of that name is made only once the user agrees.
 */
export function SameNameCheck({ name, confirmed, onConfirm }: SameNameCheckProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="import-warning">
      <p id={id} role="alert">
        {t('import.sameName.warning', { name })}
      </p>
      <label className="choice">
        <input type="checkbox" checked={confirmed} aria-describedby={id} onChange={(e) => onConfirm(e.target.checked)} />
        {t('import.sameName.confirm', { name })}
      </label>
    </div>
  );
}
