import { useId, useRef, useState, type ChangeEvent } from 'react';
import { previewImport, type ImportPreview as Preview } from '../../db/backup-import';
import type { BackupFile } from '../../domain/backup/format';
import type { BackupProblem } from '../../domain/backup/problems';
import { useTranslation } from '../../i18n/i18n';
import { useCommand } from '../../ui/use-command';
import { readBackupFile } from './backup-file';
import { backupProblemMessage } from './backup-messages';
import { ImportPreview } from './import-preview';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; problem: BackupProblem }
  | { kind: 'preview'; fileName: string; backup: BackupFile; preview: Preview };

/** Choose a backup file: a bad one is refused with the reason, a good one previewed before anything changes. */
export function ImportPanel() {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The file chosen last wins, when a slow one is still being read.
  const latest = useRef(0);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const token = ++latest.current;
    setState({ kind: 'reading', fileName: file.name });
    const parsed = await readBackupFile(file);
    if (token !== latest.current) return;
    if (!parsed.ok) {
      setState({ kind: 'refused', problem: parsed.problem });
      return;
    }
    const preview = await run(() => previewImport(parsed.backup));
    if (token !== latest.current) return;
    setState(preview.ok ? { kind: 'preview', fileName: file.name, backup: parsed.backup, preview: preview.value } : { kind: 'idle' });
  };

  const close = () => {
    latest.current++;
    setState({ kind: 'idle' });
    input.current?.focus();
  };

  const describedBy = [`${id}-help`, state.kind === 'refused' ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.import.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('data.import.file')}</label>
        <input ref={input} id={`${id}-file`} type="file" accept="application/json,.json" aria-describedby={describedBy} onChange={onFile} />
        <p className="field__help" id={`${id}-help`}>
          {t('data.import.help')}
        </p>
        {state.kind === 'reading' && (
          <p className="field__help" role="status">
            {t('data.import.reading', { file: state.fileName })}
          </p>
        )}
        {state.kind === 'refused' && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {backupProblemMessage(state.problem, t, language)}
          </p>
        )}
      </div>
      {state.kind === 'preview' && <ImportPreview fileName={state.fileName} backup={state.backup} preview={state.preview} onClose={close} />}
    </section>
  );
}
