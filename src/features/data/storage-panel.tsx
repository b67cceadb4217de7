import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { askPersistentStorage, formatBytes, readStorageStatus, type StorageStatus } from './storage';

type Answer = 'granted' | 'denied' | 'unsupported';

/** How much this browser stores for the app, whether it may evict it, and a way to ask it not to. */
export function StoragePanel() {
  const { t, language } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    const granted = await askPersistentStorage();
    setAnswer(granted === null ? 'unsupported' : granted ? 'granted' : 'denied');
    setStatus(await readStorageStatus());
  };

  if (!status) return null;
  const { usage, quota, persisted } = status;
  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.storage.title')}</h2>
      <p>
        {usage !== null && quota !== null
          ? t('data.storage.usage', { used: formatBytes(usage, language), quota: formatBytes(quota, language) })
          : t('data.storage.noEstimate')}
      </p>
      {usage !== null && quota !== null && quota > 0 && (
        <meter className="data-meter" min={0} max={quota} value={usage} aria-labelledby={`${id}-title`}>
          {formatBytes(usage, language)}
        </meter>
      )}
      {persisted === true && <p className="data-ok">{t('data.storage.persistent')}</p>}
      {persisted !== true && (
        <>
          {persisted === false && <p className="data-warning">{t('data.storage.notPersistent')}</p>}
          <p className="lead">{t('data.storage.advice')}</p>
          {persisted === false && (
            <button type="button" className="button" onClick={ask}>
              {t('data.storage.ask')}
            </button>
          )}
        </>
      )}
      {answer && (
        <p className="field__help" role="status">
          {t(`data.storage.${answer}`)}
        </p>
      )}
    </section>
  );
}
