import { lazy, Suspense, useState } from 'react';
import type { FeedbackImportDone } from '../../db/feedback-import-commands';
import { loadMessages, useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { useUndoAction } from '../../ui/use-history-step';

// The dialog, the CSV parser and the import's rules load when the button is first used.
const ImportFeedbackDialog = lazy(async () => {
  const [module] = await Promise.all([import('./import-feedback-dialog'), loadMessages('feedbackImport', 'feedback', 'errors')]);
  return { default: module.ImportFeedbackDialog };
});

/**
 * "Import CSV" for a product's feedback inbox: opens the import dialog; once imported, a notice
 * says how many notes (and accounts) came in, with Undo. Focus returns to the button when the
 * dialog closes (the native dialog does it).
 */
export function ImportFeedbackButton({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const undoAction = useUndoAction();
  const [open, setOpen] = useState(false);

  const imported = (done: FeedbackImportDone, fileName: string) => {
    setOpen(false);
    if (done.notes === 0) {
      const message = t('feedbackImport.doneNothing', { file: fileName });
      announce(message);
      showNotice({ kind: 'info', message });
      return;
    }
    const accounts = done.newAccounts > 0 ? ` ${t('feedbackImport.doneAccounts', { count: done.newAccounts })}` : '';
    const message = t('feedbackImport.done', { count: done.notes, file: fileName }) + accounts;
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(productId) });
  };

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('feedbackImport.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImportFeedbackDialog productId={productId} onClose={() => setOpen(false)} onImported={imported} />
        </Suspense>
      )}
    </>
  );
}
