import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';

interface ConfirmDialogProps {
  title: string;
  /** What happens once confirmed, said before it does. */
  children: ReactNode;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a step the team cannot take back (removing someone, leaving, stopping sharing). */
export function ConfirmDialog({ title, children, confirm, busy, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}

interface ConfirmButtonProps {
  /** The button's words, and the confirming button's. */
  label: string;
  title: string;
  help: string;
  busy: boolean;
  onConfirm: () => Promise<unknown>;
}

/** A button for such a step, which asks first; the dialog closes once the step is done or refused. */
export function ConfirmButton({ label, title, help, busy, onConfirm }: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {label}
      </button>
      {confirming && (
        <ConfirmDialog title={title} confirm={label} busy={busy} onConfirm={() => void onConfirm().finally(() => setConfirming(false))} onClose={() => setConfirming(false)}>
          <p>{help}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
