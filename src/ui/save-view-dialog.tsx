import { useState, type FormEvent } from 'react';
import { saveView } from '../db/saved-view-commands';
import type { SavedViewKind } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { announce } from './announcer';
import { Dialog } from './dialog';
import { Field } from './form-field';
import { useCommand } from './use-command';

interface SaveViewDialogProps {
  productId: string;
  view: SavedViewKind;
  /** The page's URL search: its filters and sort. */
  search: string;
  onClose: () => void;
}

/** Names the board or the list as shown now; the sidebar lists it from then on. */
export function SaveViewDialog({ productId, view, search, onClose }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => saveView(productId, name, view, search));
    if (result.ok) {
      announce(t('views.saved', { name: result.value.name }));
      onClose();
    } else setError(result.fields?.name);
  };

  return (
    <Dialog title={t('views.saveTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('views.name')} error={error} help={t(view === 'list' ? 'views.saveHelpList' : 'views.saveHelpBoard')}>
          {(props) => <input {...props} value={name} required data-autofocus="" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('views.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
