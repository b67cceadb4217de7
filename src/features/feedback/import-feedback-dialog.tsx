import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { feedbackImportExisting, importFeedback, type FeedbackImportDone } from '../../db/feedback-import-commands';
import { isMonthlyHeader, suggestMapping } from '../../domain/feedback/csv-columns';
import { planFeedbackImport, type FeedbackImportChoices } from '../../domain/feedback/csv-import';
import type { FeedbackTable } from '../../domain/feedback/csv-read';
import { dayOrderShown } from '../../domain/feedback/csv-values';
import type { TextEncodingName } from '../../domain/import/source';
import { useTranslation, type Language } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { FeedbackFileStep } from './feedback-file-step';
import { ENCODING_NAMES, fileProblemMessage, readFeedbackFile, SEPARATOR_NAMES } from './feedback-import-file';
import { FeedbackImportPreview } from './feedback-import-preview';
import { FeedbackMappingFields } from './feedback-mapping-fields';
import './feedback-import.css';

interface ImportFeedbackDialogProps {
  productId: string;
  onClose: () => void;
  onImported: (done: FeedbackImportDone, fileName: string) => void;
}

interface ReadFile {
  fileName: string;
  table: FeedbackTable;
  encoding: TextEncodingName;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The choices the file's headers and dates suggest; numeric dates read as the UI language writes them when the file does not tell. */
function suggestedChoices(table: FeedbackTable, language: Language): { choices: FeedbackImportChoices; shown: boolean } {
  const mapping = suggestMapping(table.headers);
  const dates = mapping.date === null ? [] : table.rows.map((row) => row[mapping.date!] ?? '');
  const shown = dayOrderShown(dates);
  const monthlyRevenue = mapping.revenue !== null && isMonthlyHeader(table.headers[mapping.revenue] ?? '');
  return { choices: { mapping, dayOrder: shown ?? (language === 'fr' ? 'dmy' : 'mdy'), defaultSource: 'other', monthlyRevenue, today: localToday() }, shown: shown !== null };
}

/** The mapping step: which column holds what, the preview of the result, and the import. */
function MappingStep({ productId, file, onOtherFile, onClose, onImported }: { file: ReadFile; onOtherFile: () => void } & ImportFeedbackDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [suggested] = useState(() => suggestedChoices(file.table, language));
  const [choices, setChoices] = useState(suggested.choices);
  const [busy, setBusy] = useState(false);
  const existing = useLiveQuery(() => feedbackImportExisting(productId), [productId]);
  const plan = useMemo(() => (existing && choices.mapping.text !== null ? planFeedbackImport(file.table, choices, existing) : null), [existing, file.table, choices]);
  const count = plan?.notes.length ?? 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0 || busy) return;
    setBusy(true);
    const result = await run(() => importFeedback(productId, file.table, choices));
    setBusy(false);
    if (result.ok) onImported(result.value, file.fileName);
  };

  const separator = t(`feedbackImport.separators.${SEPARATOR_NAMES[file.table.separator]}`);
  return (
    <form className="form feedback-import" onSubmit={submit} noValidate>
      <p className="field__help">
        {t('feedbackImport.readAs', { file: file.fileName, count: file.table.rows.length, encoding: ENCODING_NAMES[file.encoding], separator })}{' '}
        <button type="button" className="button button--small" onClick={onOtherFile}>
          {t('feedbackImport.otherFile')}
        </button>
      </p>
      <FeedbackMappingFields headers={file.table.headers} choices={choices} dayOrderShown={suggested.shown} onChange={(patch) => setChoices((c) => ({ ...c, ...patch }))} />
      {plan && <FeedbackImportPreview plan={plan} defaultSource={t(`feedback.source.${choices.defaultSource}`)} />}
      {plan && count === 0 && (
        <p className="field__error" role="alert">
          {t('feedbackImport.nothingNew')}
        </p>
      )}
      <p className="field__help">{t('feedbackImport.safety')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || count === 0}>
          {t('feedbackImport.confirm', { count })}
        </button>
      </div>
    </form>
  );
}

/**
 * Imports feedback from a support tool's or a CRM's CSV export into a product's inbox: choose or
 * drop the file (a hostile or damaged one is refused, with why, and nothing changes), map its
 * columns, see what will be imported and what is left out, then import it as one undoable step.
 */
export function ImportFeedbackDialog(props: ImportFeedbackDialogProps) {
  const { t, language } = useTranslation();
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<ReadFile | null>(null);

  const onFile = async (chosen: File) => {
    setReading(chosen.name);
    setProblem(null);
    const read = await readFeedbackFile(chosen);
    setReading(null);
    if (read.ok) setFile({ fileName: chosen.name, table: read.table, encoding: read.encoding });
    else setProblem(fileProblemMessage(read.problem, t, language));
  };

  return (
    <Dialog title={t('feedbackImport.title')} onClose={props.onClose}>
      {file ? (
        <MappingStep {...props} file={file} onOtherFile={() => setFile(null)} />
      ) : (
        <FeedbackFileStep onFile={(chosen) => void onFile(chosen)} reading={reading} problem={problem} />
      )}
    </Dialog>
  );
}
