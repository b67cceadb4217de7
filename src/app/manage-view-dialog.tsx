import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { db } from '../db/db';
import { deleteView, renameView, updateView } from '../db/saved-view-commands';
import { showsView, type SavedView } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { announce } from '../ui/announcer';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/form-field';
import { showNotice } from '../ui/notices';
import { savedViewUrl, viewKindAt } from '../ui/saved-view-links';
import { useCommand } from '../ui/use-command';
import { useCopyLink } from '../ui/use-copy-link';
import { useUndoAction } from '../ui/use-history-step';
import { useCanWrite } from '../ui/use-share';
import { ViewSummary } from './view-summary';
import './manage-view.css';

interface ManageViewDialogProps {
  viewId: string;
  /** The page behind the sidebar: "update" saves what it shows. */
  page: { location: string; search: string };
  onClose: () => void;
}

/** One saved view's actions: rename it, replace its filters with the page's, copy its link, delete it. */
export function ManageViewDialog({ viewId, page, onClose }: ManageViewDialogProps) {
  const view = useLiveQuery(() => db.savedViews.get(viewId), [viewId]);
  const gone = view === undefined ? false : view.deletedAt !== null;
  // Deleted here, by undo or by a teammate: there is nothing left to manage.
  useEffect(() => {
    if (gone) onClose();
  }, [gone, onClose]);
  if (!view || gone) return null;
  return <ManageView view={view} page={page} onClose={onClose} />;
}

function ManageView({ view, page, onClose }: { view: SavedView } & Omit<ManageViewDialogProps, 'viewId'>) {
  const { t } = useTranslation();
  const run = useCommand();
  const canWrite = useCanWrite(view.productId);
  const undoAction = useUndoAction();
  const [name, setName] = useState(view.name);
  const [error, setError] = useState<string | undefined>();
  const kind = viewKindAt(page.location, view.productId);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => renameView(view.id, name));
    if (result.ok) {
      setError(undefined);
      announce(t('views.renamed', { name: result.value.name }));
    } else setError(result.fields?.name);
  };
  const update = async () => {
    if (!kind) return;
    const result = await run(() => updateView(view.id, kind, page.search));
    if (result.ok) announce(t('views.updated', { name: view.name }));
  };
  const remove = async () => {
    const result = await run(() => deleteView(view.id));
    // The dialog closes as the view goes; the notice keeps the way back.
    if (result.ok) showNotice({ kind: 'info', message: t('views.deleted', { name: view.name }), action: undoAction(view.productId) });
  };

  return (
    <Dialog title={t('views.manageTitle', { name: view.name })} onClose={onClose}>
      <ViewSummary view={view} />
      {/* A viewer may copy the link; what would change the view is disabled (the commands refuse it too). */}
      <fieldset className="manage-view__changes" disabled={!canWrite}>
        <form className="form manage-view__rename" onSubmit={rename} noValidate>
          <Field label={t('views.name')} error={error}>
            {(props) => <input {...props} value={name} required data-autofocus="" onChange={(e) => setName(e.target.value)} />}
          </Field>
          <button type="submit" className="button">
            {t('views.rename')}
          </button>
        </form>
        {!kind ? (
          <p className="field__help">{t('views.updateElsewhere')}</p>
        ) : showsView(view, kind, page.search) ? (
          <p className="field__help">{t('views.upToDate')}</p>
        ) : (
          <div className="manage-view__update">
            <button type="button" className="button" onClick={() => void update()}>
              {t('views.update')}
            </button>
            <p className="field__help">{t(kind === 'list' ? 'views.updateHelpList' : 'views.updateHelpBoard')}</p>
          </div>
        )}
      </fieldset>
      <CopyLink url={savedViewUrl(view)} />
      <div className="form__actions">
        <button type="button" className="button button--danger" disabled={!canWrite} onClick={() => void remove()}>
          {t('views.delete')}
        </button>
      </div>
    </Dialog>
  );
}

/** The view's link, selectable as text, and a button to copy it; where the browser refuses, the text is selected to copy by hand. */
function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { input, copied, copy } = useCopyLink(url, t('views.copied'));
  return (
    <div className="field">
      <label htmlFor={id}>{t('views.link')}</label>
      <div className="manage-view__link">
        <input ref={input} id={id} type="text" readOnly value={url} aria-describedby={`${id}-help`} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('views.copyLink')}
        </button>
      </div>
      <p className="field__help" id={`${id}-help`}>
        {t('views.linkHelp')}
        {/* Seen only: the live region has said it. */}
        {copied && (
          <span className="manage-view__copied" aria-hidden="true">
            ✓ {t('views.copied')}
          </span>
        )}
      </p>
      {copied === false && (
        <p className="field__error" role="alert">
          {t('views.copyFailed')}
        </p>
      )}
    </div>
  );
}
