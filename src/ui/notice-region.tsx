import { useEffect } from 'react';
import { useTranslation } from '../i18n/i18n';
import { createPortal } from 'react-dom';
import { useOpenDialogs } from './open-dialogs';
import { useNotices, type Notice } from './notices';

const INFO_MS = 8000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useNotices((s) => s.noticeDismissed);
  useEffect(() => {
    if (notice.kind !== 'info' || notice.persistent) return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <li className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
      <span className="notice__text">{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            notice.action!.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon-button" onClick={() => dismiss(notice.id)} aria-label={t('common.dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/** Errors and confirmations with their actions (such as Undo), announced politely. */
export function NoticeRegion() {
  const notices = useNotices((s) => s.notices);
  const topDialog = useOpenDialogs((s) => s.stack.at(-1));
  // Inside the top modal dialog when there is one: everything outside it is inert.
  return createPortal(
    <div className="notices" aria-live="polite">
      <ul className="notices__list">
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </div>,
    topDialog ?? document.body,
  );
}
