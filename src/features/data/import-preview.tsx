import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { importBackup, type ImportPreview as Preview, type PlannedImport } from '../../db/backup-import';
import type { BackupFile } from '../../domain/backup/format';
import type { ImportMode } from '../../domain/backup/plan';
import type { BackupProblem } from '../../domain/backup/problems';
import { useTranslation } from '../../i18n/i18n';
import { useCommand } from '../../ui/use-command';
import { dateTimeText } from '../../ui/date-text';
import { BackupContents } from './backup-contents';
import { backupProblemMessage } from './backup-messages';
import { useUndoNotice } from './use-undo-notice';

interface ImportPreviewProps {
  fileName: string;
  backup: BackupFile;
  preview: Preview;
  onClose: () => void;
}

/** What a mode will do, in records (or why it cannot). */
function ModeEffect({ mode, planned, backup, removed }: { mode: ImportMode; planned: PlannedImport; backup: BackupFile; removed: string[] }) {
  const { t, language } = useTranslation();
  if (!planned.ok) return <span className="field__error">{backupProblemMessage(planned.problem, t, language)}</span>;
  const number = new Intl.NumberFormat(language);
  const { added, updated, kept, removed: gone } = planned.plan;
  if (mode === 'merge') {
    return (
      <>
        {t('data.import.mergeHelp')} {t('data.import.mergeCounts', { added: number.format(added), updated: number.format(updated), kept: number.format(kept) })}
      </>
    );
  }
  const what = backup.scope.kind === 'all' ? t('data.import.replaceAll') : t('data.import.replaceProduct', { name: backup.scope.productName });
  return (
    <>
      {what} {t('data.import.replaceCounts', { added: number.format(added), updated: number.format(updated), removed: number.format(gone) })}
      {removed.length > 0 && ` ${t('data.import.removes', { names: removed.join(', ') })}`}
    </>
  );
}

/** A checked backup: what it holds, what each mode will do, and the confirmation. */
export function ImportPreview({ fileName, backup, preview, onClose }: ImportPreviewProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoNotice = useUndoNotice();
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [problem, setProblem] = useState<BackupProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview replaces nothing on screen: take the reader to it, as a dialog would.
  useEffect(() => heading.current?.focus(), []);
  const number = new Intl.NumberFormat(language);
  const exportedAt = dateTimeText(Date.parse(backup.exportedAt), language, 'long');

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await run(() => importBackup(backup, mode));
    setBusy(false);
    if (!result.ok) return;
    if (!result.value.ok) {
      setProblem(result.value.problem);
      return;
    }
    const { plan, entryId } = result.value;
    undoNotice(entryId, {
      message: t('data.import.done', { file: fileName, added: number.format(plan.added), updated: number.format(plan.updated), removed: number.format(plan.removed) }),
      undo: t('data.import.undo'),
      undone: t('data.import.undone'),
    });
    onClose();
  };

  const modes: ImportMode[] = ['replace', 'merge'];
  return (
    <section className="data-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('data.import.preview', { file: fileName })}
      </h3>
      <p>
        {t('data.import.exported', { date: exportedAt, version: backup.appVersion })}{' '}
        {backup.scope.kind === 'all' ? t('data.import.scopeAll') : t('data.import.scopeProduct', { name: backup.scope.productName })}
      </p>
      <BackupContents tables={backup.tables} labelledBy={`${id}-title`} />
      <form className="form" onSubmit={confirm}>
        <fieldset className="field">
          <legend>{t('data.import.mode')}</legend>
          {modes.map((m) => (
            <div key={m} className="data-mode">
              <label className="choice">
                <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} aria-describedby={`${id}-${m}`} />
                {t(`data.import.${m}`)}
              </label>
              <p className="field__help" id={`${id}-${m}`}>
                <ModeEffect mode={m} planned={preview[m]} backup={backup} removed={m === 'replace' ? preview.removedByReplace : []} />
              </p>
            </div>
          ))}
        </fieldset>
        <p className="field__help">{t('data.import.safety')}</p>
        {busy && (
          <p className="field__help" role="status">
            {t('data.import.importing')}
          </p>
        )}
        {problem && (
          <p className="field__error" role="alert">
            {backupProblemMessage(problem, t, language)}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${mode === 'replace' ? 'button--danger' : 'button--primary'}`} disabled={busy || !preview[mode].ok}>
            {mode === 'replace' ? t('data.import.confirmReplace') : t('data.import.confirmMerge')}
          </button>
        </div>
      </form>
    </section>
  );
}
