import { useEffect, useId } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useCopyLink } from '../../ui/use-copy-link';

/** A new invite link, shown once: the server keeps only a hash of its secret. */
export function CreatedLink({ label, url }: { label: string; url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { input, copied, copy } = useCopyLink(url, t('sharing.invites.copied'));

  // Focused and selected as it appears (the parent keys it by link): Ctrl+C copies it, a screen reader reads it.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [input]);

  return (
    <div className="field sharing-link">
      <label htmlFor={id}>{label}</label>
      <div className="sharing-link__row">
        <input ref={input} id={id} type="text" readOnly value={url} aria-describedby={`${id}-once`} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={copy}>
          {t('sharing.invites.copy')}
        </button>
      </div>
      <p className="field__help" id={`${id}-once`}>
        {t('sharing.invites.once')}
        {/* Seen only: the live region has said it. */}
        {copied && <span className="sharing-link__copied" aria-hidden="true" data-text={t('sharing.invites.copied')} />}
      </p>
      {copied === false && (
        <p className="field__error" role="alert">
          {t('sharing.invites.copyFailed')}
        </p>
      )}
    </div>
  );
}
