import Papa from 'papaparse';
import { toLocalDate } from '../delivery/dates';
import { guardFormula } from '../discovery/hypothesis-log';
import { compareRankThenId, orderStages } from '../lanes';
import type { Initiative, InitiativeStatus, Lane, Stage } from '../types';

export const BOARD_COLUMNS = ['title', 'lane', 'stage', 'status', 'owner', 'tags', 'segment', 'summary', 'problem', 'created', 'updated'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** What the CSV needs from the UI language: the headers and the names of lanes, stages and statuses. */
export interface BoardCsvTexts {
  headers: Record<BoardColumn, string>;
  lanes: Record<Lane, string>;
  statuses: Record<InitiativeStatus, string>;
  stageName: (stage: Stage) => string;
}

/** "2026-11-21 09:05" in local time: a form every spreadsheet reads as a date, whatever its language. */
export function localDateTime(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${toLocalDate(ms)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Board order: by stage, the cards on the board by rank, then the closed ones, the latest closed first. */
function boardOrder(stages: readonly Stage[], initiatives: readonly Initiative[]): Initiative[] {
  const stageIndex = new Map(orderStages(stages).map((s, i) => [s.id, i]));
  const indexOf = (i: Initiative) => stageIndex.get(i.stageId) ?? stageIndex.size;
  return initiatives
    .filter((i) => i.deletedAt === null)
    .sort((a, b) => {
      const byStage = indexOf(a) - indexOf(b);
      if (byStage !== 0) return byStage;
      if ((a.status === 'active') !== (b.status === 'active')) return a.status === 'active' ? -1 : 1;
      return a.status === 'active' ? compareRankThenId(a, b) : (b.closedAt ?? 0) - (a.closedAt ?? 0);
    });
}

/**
 * A product's initiatives as CSV, one row each, on the board and closed, in board order (RFC 4180:
 * commas, quotes and line breaks quoted; CRLF between rows). Cells a spreadsheet would run as a
 * formula are guarded.
 */
export function boardToCsv(stages: readonly Stage[], initiatives: readonly Initiative[], texts: BoardCsvTexts): string {
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const rows = boardOrder(stages, initiatives).map((i) => {
    const stage = stageById.get(i.stageId);
    const values: Record<BoardColumn, string> = {
      title: i.title,
      lane: texts.lanes[i.lane],
      stage: stage ? texts.stageName(stage) : '',
      status: texts.statuses[i.status],
      owner: i.owner,
      tags: i.tags.join(', '),
      segment: i.segment,
      summary: i.summary,
      problem: i.problem,
      created: localDateTime(i.createdAt),
      updated: localDateTime(i.updatedAt),
    };
    return BOARD_COLUMNS.map((column) => guardFormula(values[column]));
  });
  return Papa.unparse({ fields: BOARD_COLUMNS.map((c) => guardFormula(texts.headers[c])), data: rows }, { newline: '\r\n' });
}
