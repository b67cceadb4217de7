import { askersToCsv } from '../../domain/export/askers-csv';
import { askersMarkdown } from '../../domain/export/askers-markdown';
import { ASKER_COLUMNS, type AskersTexts } from '../../domain/export/askers-rows';
import type { LoopReason } from '../../domain/feedback/close-the-loop';
import type { Asker } from '../../domain/feedback/inbox';
import { IMPORTANCES } from '../../domain/feedback/types';
import type { Initiative } from '../../domain/types';
import type { TFunction } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { revenueText } from '../../ui/demand-text';
import { downloadText, fileSlug } from '../../ui/download';

/** The exports' words in the UI language: the title, why they hear back (with the reason the team gave), the headers. */
export function askersTexts(initiative: Pick<Initiative, 'title' | 'closeReason'>, loop: LoopReason, t: TFunction, language: string): AskersTexts {
  return {
    title: t('demand.loop.docTitle', { title: initiative.title }),
    reason: [t(`demand.loop.${loop}`), loop === 'released' ? '' : initiative.closeReason.trim()].filter(Boolean).join(' '),
    headers: Object.fromEntries(ASKER_COLUMNS.map((c) => [c, t(`demand.loop.headers.${c}`)])) as AskersTexts['headers'],
    importance: Object.fromEntries(IMPORTANCES.map((i) => [i, t(`feedback.importance.${i}`)])) as AskersTexts['importance'],
    noAccount: t('demand.noAccount'),
    yes: t('demand.loop.yes'),
    money: (amount) => revenueText(amount, language),
  };
}

/** Downloads the askers as askers-<initiative>.md or .csv, and says so. */
export function downloadAskers(format: 'markdown' | 'csv', askers: readonly Asker[], texts: AskersTexts, initiativeTitle: string, t: TFunction) {
  const base = `askers-${fileSlug(initiativeTitle, 'initiative')}`;
  const file = format === 'markdown' ? `${base}.md` : `${base}.csv`;
  if (format === 'markdown') downloadText(askersMarkdown(askers, texts), file, 'text/markdown;charset=utf-8');
  // The byte order mark tells spreadsheet apps the file is UTF-8, so accents survive.
  else downloadText(`\ufeff${askersToCsv(askers, texts)}`, file, 'text/csv;charset=utf-8');
  announce(t('demand.loop.exported', { file }));
}
