import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';
import { useTranslation } from '../i18n/i18n';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** 'drawer' slides in from the side, for an initiative; 'menu' from the start edge, for a phone's navigation; 'modal' is centred. */
  variant?: 'modal' | 'drawer' | 'menu';
}

/**
 * A native modal <dialog>: the browser traps focus, makes the rest inert and closes on Escape.
 * It always renders open; the parent mounts it to show it.
 */
export function Dialog({ title, onClose, children, variant = 'modal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useTranslation();
  useModalDialog(ref, onClose);

  return (
    <dialog ref={ref} className={`dialog dialog--${variant}`} aria-labelledby={titleId}>
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
