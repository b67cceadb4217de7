/** What a file chosen as a Trello board is when it is not one, so the message can say what to export instead. */
import type { ImportProblem } from './problems';
import { clip } from './text';

/** The first words of the pages browsers show JSON in (Firefox's viewer, Chrome's "Pretty-print"), or of a saved web page. */
const VIEWER = /^(?:pretty[- ]?print|raw data|json|headers|save|copy|collapse all|expand all|filter json|<!doctype|<html|<head|<body|<pre)\b/i;
const CSV_HEADER = /^[^{}[\]]*$/;

/**
 * Text that is not JSON: a CSV (two separators or more on a first line with no JSON in it), a page
 * of the browser's JSON viewer (its words first, or lines before the JSON), or damaged JSON.
 */
export function notJsonProblem(text: string): ImportProblem {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/, 40);
  const at = lines.findIndex((line) => line.trim() !== '');
  const first = lines[at]?.trim() ?? '';
  if (/^[[{]/.test(first)) return { code: 'notJson' };
  if (CSV_HEADER.test(first) && !first.includes('":') && (first.match(/[,;\t]/g)?.length ?? 0) >= 2) return { code: 'otherKind', kind: 'jira' };
  const jsonLater = lines.slice(at + 1).some((line) => /^\s*[[{]/.test(line));
  if (VIEWER.test(first) || (jsonLater && first.length <= 200)) return { code: 'viewerPage', line: clip(first, 60) };
  return { code: 'notJson' };
}

/** JSON that is not a board: the export of one card (it names its list and board), or something else. */
export function notBoardProblem(value: unknown): ImportProblem {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const card = value as { idList?: unknown; idBoard?: unknown; name?: unknown };
    if (typeof card.idList === 'string' && typeof card.idBoard === 'string') return { code: 'singleCard', name: typeof card.name === 'string' ? clip(card.name.trim(), 80) : '' };
  }
  return { code: 'notTrello' };
}
