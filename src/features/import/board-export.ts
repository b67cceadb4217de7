import { activeInStage, closedInitiatives, liveStages } from '../../db/queries';
import { toLocalDate } from '../../domain/delivery/dates';
import { BOARD_COLUMNS, boardToCsv, type BoardCsvTexts } from '../../domain/export/board-csv';
import { CLOSED_STATUSES, LANES } from '../../domain/types';
import type { TFunction } from '../../i18n/i18n';
import { downloadText, fileSlug } from '../../ui/download';
import { stageName } from '../../ui/stage-name';

function csvTexts(t: TFunction): BoardCsvTexts {
  return {
    headers: Object.fromEntries(BOARD_COLUMNS.map((c) => [c, t(`import.export.columns.${c}`)])) as BoardCsvTexts['headers'],
    lanes: Object.fromEntries(LANES.map((lane) => [lane, t(`lanes.${lane}`)])) as BoardCsvTexts['lanes'],
    statuses: Object.fromEntries(['active', ...CLOSED_STATUSES].map((s) => [s, t(`initiative.status.${s as 'active'}`)])) as BoardCsvTexts['statuses'],
    stageName: (stage) => stageName(stage, t),
  };
}

/** Every initiative of a product, on the board and closed, with its stages. */
async function readBoard(productId: string) {
  const stages = await liveStages(productId);
  const active = await Promise.all(stages.map((s) => activeInStage(s.id)));
  return { stages, initiatives: [...active.flat(), ...(await closedInitiatives(productId))] };
}

/**
 * Downloads a product's board as board-<product>-<date>.csv, headers and names in the UI language,
 * with a byte order mark so spreadsheet apps read it as UTF-8. Returns the file's name.
 */
export async function downloadBoardCsv(productId: string, productName: string, t: TFunction): Promise<string> {
  const { stages, initiatives } = await readBoard(productId);
  const name = `board-${fileSlug(productName, 'product')}-${toLocalDate(Date.now())}.csv`;
  downloadText(`\ufeff${boardToCsv(stages, initiatives, csvTexts(t))}`, name, 'text/csv;charset=utf-8');
  return name;
}
