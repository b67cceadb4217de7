import { lazy, Suspense, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ImportDone } from '../../db/import-write';
import { importedCount } from '../../domain/import/counts';
import type { ImportProblem } from '../../domain/import/problems';
import type { ImportSource, SourceKind } from '../../domain/import/source';
import { useTranslation } from '../../i18n/i18n';
import { BoardExportPanel } from './board-export-panel';
import { ImportDoneStatus } from './import-done-status';
import { readImportFile } from './import-file';
import { importProblemMessage } from './import-messages';
import './import.css';

// The dialog (with the import's rules) loads once a file is read.
const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })));

/** The notice the Data page shows after an import, with an action that undoes that import and only it. */
export interface UndoNotice {
  message: string;
  undo: string;
  undone: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; from: SourceKind; fileName: string }
  | { kind: 'refused'; from: SourceKind; problem: ImportProblem }
  | { kind: 'mapping'; fileName: string; source: ImportSource }
  | { kind: 'done'; productId: string; productName: string; message: string; entryId: number };

const ACCEPT: Record<SourceKind, string> = { trello: 'application/json,.json', jira: 'text/csv,.csv' };
const KINDS: readonly SourceKind[] = ['trello', 'jira'];

/**
 * Import from Trello or Jira on the Data page: choose a file; a bad one is refused with the
 * reason, a good one opens the mapping dialog; after the import, a link to the board. Then the
 * board export.
 */
export function ImportTools({ onImported }: { onImported: (entryId: number, notice: UndoNotice) => void }) {
  const { t, language } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The file chosen last wins, when a slow one is still being read.
  const latest = useRef(0);
  // Arriving from "Import from Trello or Jira" (an empty board): the import is what the user came for.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (window.location.hash === '#import') heading.current?.focus();
  }, []);

  const onFile = (from: SourceKind) => async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const token = ++latest.current;
    setState({ kind: 'reading', from, fileName: file.name });
    const parsed = await readImportFile(file, from);
    if (token !== latest.current) return;
    setState(parsed.ok ? { kind: 'mapping', fileName: file.name, source: parsed.value } : { kind: 'refused', from, problem: parsed.problem });
  };

  const imported = (fileName: string) => (done: ImportDone, productName: string) => {
    const message = t('import.done', { count: importedCount(done.counts), file: fileName, product: productName });
    setState({ kind: 'done', productId: done.productId, productName, message, entryId: done.entryId });
    onImported(done.entryId, {
      message,
      undo: t('import.undo'),
      undone: t('import.undone'),
    });
  };

  return (
    <>
      <section className="data-panel" id="import" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('import.title')}
        </h2>
        <p className="lead">{t('import.intro')}</p>
        <div className="import-files">
          {KINDS.map((kind) => {
            const refused = state.kind === 'refused' && state.from === kind;
            return (
              <div key={kind} className="field">
                <label htmlFor={`${id}-${kind}`}>{t(`import.${kind}.file`)}</label>
                <input
                  id={`${id}-${kind}`}
                  type="file"
                  accept={ACCEPT[kind]}
                  aria-describedby={[`${id}-${kind}-help`, refused ? `${id}-${kind}-error` : ''].filter(Boolean).join(' ')}
                  onChange={onFile(kind)}
                />
                <p className="field__help" id={`${id}-${kind}-help`}>
                  {t(`import.${kind}.help`)}
                </p>
                {state.kind === 'reading' && state.from === kind && (
                  <p className="field__help" role="status">
                    {t('import.reading', { file: state.fileName })}
                  </p>
                )}
                {refused && (
                  <p className="field__error" id={`${id}-${kind}-error`} role="alert">
                    {importProblemMessage(state.problem, t, language)}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        {state.kind === 'done' && <ImportDoneStatus {...state} />}
        {state.kind === 'mapping' && (
          <Suspense fallback={null}>
            <ImportDialog source={state.source} fileName={state.fileName} onClose={() => setState({ kind: 'idle' })} onImported={imported(state.fileName)} />
          </Suspense>
        )}
      </section>
      <BoardExportPanel />
    </>
  );
}
