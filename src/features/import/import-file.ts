import { decodeBytes, type DecodedText } from '../../domain/import/encoding';
import type { ImportProblem, Parsed } from '../../domain/import/problems';
import { IMPORT_MAX_BYTES, type ImportSource, type SourceKind } from '../../domain/import/source';

const refused = (problem: ImportProblem): Parsed<ImportSource> => ({ ok: false, problem });

/**
 * Reads a chosen file as a Trello board or a Jira CSV. The size is checked before reading it; the
 * bytes are decoded here (UTF-8, else UTF-16 by its BOM, else Windows-1252: see encoding.ts), not
 * by the browser, which would replace what is not UTF-8 without a word. The parser (with zod or
 * papaparse) loads with the first file chosen, not with the page.
 */
export async function readImportFile(file: File, kind: SourceKind): Promise<Parsed<ImportSource>> {
  if (file.size > IMPORT_MAX_BYTES) return refused({ code: 'tooLarge' });
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return refused({ code: 'unreadable' });
  }
  const parsed =
    kind === 'trello' ? (await import('../../domain/import/trello')).parseTrello(decoded.text) : (await import('../../domain/import/jira')).parseJiraCsv(decoded.text);
  return parsed.ok ? { ok: true, value: { ...parsed.value, encoding: decoded.encoding } } : parsed;
}
