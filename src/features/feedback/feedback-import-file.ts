import { FEEDBACK_CSV_MAX_BYTES, FEEDBACK_CSV_MAX_ROWS, readFeedbackCsv, type FeedbackCsvProblem, type FeedbackTable } from '../../domain/feedback/csv-read';
import { decodeBytes } from '../../domain/import/encoding';
import type { TextEncodingName } from '../../domain/import/source';
import type { TFunction } from '../../i18n/i18n';

export type FeedbackFileProblem = FeedbackCsvProblem | { code: 'unreadable' };
export type FeedbackFileRead = { ok: true; table: FeedbackTable; encoding: TextEncodingName } | { ok: false; problem: FeedbackFileProblem };

/**
 * Reads a chosen or dropped file as a feedback CSV. The size is checked before reading it; the
 * bytes are decoded here (UTF-8, else UTF-16 by its BOM, else Windows-1252, as Excel in France
 * saves CSV), not by the browser, which would replace what is not UTF-8 without a word.
 */
export async function readFeedbackFile(file: File): Promise<FeedbackFileRead> {
  if (file.size > FEEDBACK_CSV_MAX_BYTES) return { ok: false, problem: { code: 'tooLarge', max: FEEDBACK_CSV_MAX_BYTES } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  const decoded = decodeBytes(bytes);
  const read = readFeedbackCsv(decoded.text);
  return read.ok ? { ok: true, table: read.table, encoding: decoded.encoding } : read;
}

export const ENCODING_NAMES: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252' };
export const SEPARATOR_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** A size in megabytes, as the language writes it. */
export const megabytes = (bytes: number, language: string) => new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte' }).format(bytes / 1024 / 1024);

/** The file's limits, for the file field's help. */
export function fileLimits(language: string) {
  return { size: megabytes(FEEDBACK_CSV_MAX_BYTES, language), rows: new Intl.NumberFormat(language).format(FEEDBACK_CSV_MAX_ROWS) };
}

/** Why a file was refused, in the UI language, with where in the file. */
export function fileProblemMessage(problem: FeedbackFileProblem, t: TFunction, language: string): string {
  const number = new Intl.NumberFormat(language);
  switch (problem.code) {
    case 'tooLarge':
      return t('feedbackImport.problems.tooLarge', { size: megabytes(problem.max, language) });
    case 'tooMany':
      return t('feedbackImport.problems.tooMany', { count: number.format(problem.count), max: number.format(problem.max) });
    case 'unclosedQuote':
      return t('feedbackImport.problems.unclosedQuote', { row: number.format(problem.row) });
    default:
      return t(`feedbackImport.problems.${problem.code}`);
  }
}
