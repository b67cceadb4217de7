import { useId } from 'react';
import type { ImportSource } from '../../domain/import/source';
import { useTranslation } from '../../i18n/i18n';

const ENCODINGS = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252' } as const;
const SEPARATORS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

interface ImportReadingProps {
  source: ImportSource;
  samples: { damaged: string[]; accented: string[] };
  /** Damaged characters are imported only once the user says so. */
  accepted: boolean;
  onAccept: (accepted: boolean) => void;
  language: string;
}

/**
 * How the file was read: its encoding and separator, words to check by eye when it was not UTF-8,
 * the damaged characters it holds (imported only when the user agrees), and a CSV cut short.
 */
export function ImportReading({ source, samples, accepted, onAccept, language }: ImportReadingProps) {
  const { t } = useTranslation();
  const id = useId();
  const words = (list: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(list.map((w) => t('import.readAs.word', { word: w })));
  const number = new Intl.NumberFormat(language);
  const encoding = source.encoding ? ENCODINGS[source.encoding] : null;
  return (
    <div className="import-reading">
      {source.cutRow && (
        <p className="import-warning" role="alert">
          {t('import.readAs.cutRow', { row: number.format(source.cutRow.row), fields: number.format(source.cutRow.fields), expected: number.format(source.cutRow.expected) })}
        </p>
      )}
      {encoding && (
        <p className="field__help">
          {source.separator
            ? t('import.readAs.csv', { encoding, separator: t(`import.readAs.separators.${SEPARATORS[source.separator]}`) })
            : t('import.readAs.encoding', { encoding })}
          {source.encoding === 'windows-1252' && samples.accented.length > 0 && ` ${t('import.readAs.check', { words: words(samples.accented) })}`}
        </p>
      )}
      {samples.damaged.length > 0 && (
        <div className="import-warning">
          <p id={`${id}-damaged`}>{t('import.readAs.damaged', { words: words(samples.damaged) })}</p>
          <label className="choice">
            <input type="checkbox" checked={accepted} aria-describedby={`${id}-damaged`} onChange={(e) => onAccept(e.target.checked)} />
            {t('import.readAs.acceptDamaged')}
          </label>
        </div>
      )}
    </div>
  );
}
