import type { Asker } from '../feedback/inbox';
import { askerCells, type AskerColumn, type AskersTexts } from './askers-rows';
import { escapeMarkdown } from './markdown';

/** The columns of the Markdown table: who to tell and how much it mattered; the account's details stay in the CSV. */
const TABLE_COLUMNS: readonly AskerColumn[] = ['account', 'people', 'importance', 'lastAsked', 'revenue', 'strategic'];

/** The askers as a Markdown document: a title, why they hear back, and a table to work down. */
export function askersMarkdown(askers: readonly Asker[], texts: AskersTexts): string {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const lines = [`# ${escapeMarkdown(texts.title)}`, '', escapeMarkdown(texts.reason), ''];
  lines.push(row(TABLE_COLUMNS.map((c) => texts.headers[c])), `|${TABLE_COLUMNS.map(() => ' --- |').join('')}`);
  for (const asker of askers) {
    const cells = askerCells(asker, texts);
    lines.push(row(TABLE_COLUMNS.map((c) => cells[c])));
  }
  return `${lines.join('\n')}\n`;
}
