import type { ImportProblem, Parsed } from '../../domain/import/problems';
import { IMPORT_MAX_BYTES, type ImportSource, type SourceKind } from '../../domain/import/source';

const refused = (problem: ImportProblem): Parsed<ImportSource> => ({ ok: false, problem });

/**
 * Reads a chosen file as a Trello board or a Jira CSV. The size is checked before reading it; the
 * parser (with zod or papaparse) loads with the first file chosen, not with the page.
 */
export async function readImportFile(file: File, kind: SourceKind): Promise<Parsed<ImportSource>> {
  if (file.size > IMPORT_MAX_BYTES) return refused({ code: 'tooLarge' });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refused({ code: 'unreadable' });
  }
  if (kind === 'trello') return (await import('../../domain/import/trello')).parseTrello(text);
  return (await import('../../domain/import/jira')).parseJiraCsv(text);
}
