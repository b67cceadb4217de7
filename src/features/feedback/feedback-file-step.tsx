import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { fileLimits } from './feedback-import-file';

interface FeedbackFileStepProps {
  onFile: (file: File) => void;
  /** The file being read, if any. */
  reading: string | null;
  /** Why the last file was refused, if it was. */
  problem: string | null;
}

/**
 * The first step: choose a CSV with the file field (keyboard and screen readers), or drop it on
 * the zone around it. A refusal is announced and tied to the field.
 */
export function FeedbackFileStep({ onFile, reading, problem }: FeedbackFileStepProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`feedback-import__drop${over ? ' feedback-import__drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="lead">{t('feedbackImport.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('feedbackImport.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="text/csv,.csv,text/tab-separated-values,.tsv,.txt"
          aria-describedby={[`${id}-help`, problem ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={problem ? true : undefined}
          autoFocus
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <p className="field__help" id={`${id}-help`}>
          {t('feedbackImport.fileHelp', fileLimits(language))}
        </p>
        <p className="feedback-import__drop-hint" aria-hidden="true">
          {t('feedbackImport.drop')}
        </p>
        {reading !== null && (
          <p className="field__help" role="status">
            {t('feedbackImport.reading', { file: reading })}
          </p>
        )}
        {problem && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
