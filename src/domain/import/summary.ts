/**
 * An imported card's summary: what has no field here first (Jira key and type, parent or epic,
 * priority, points, sprints, resolution, due date), one per line, then the description, then each
 * checklist with its ticks. The facts come first and are kept whole: a description too long for
 * the summary is cut, never them.
 */
import { TEXT_MAX } from '../validation';
import type { ImportWords } from './mapping';
import type { SourceDetail, SourceItem } from './source';
import { clip, oneLine } from './text';

function detailLine(detail: Exclude<SourceDetail, { kind: 'checklist' }>, words: ImportWords): string {
  switch (detail.kind) {
    case 'due':
      return words.due(detail.date, detail.done);
    case 'issue':
      return words.issue(detail.key, detail.type);
    case 'points':
      return words.points(detail.value);
    case 'sprints':
      return words.sprints(detail.names.join(', '));
    case 'priority':
      return words.priority(oneLine(detail.value));
    case 'resolution':
      return words.resolution(oneLine(detail.value));
    case 'parent':
      return words.parent(detail.key, oneLine(detail.summary));
  }
}

/** The facts, one per line, and the body: the description and the checklists. */
function summaryParts(item: Pick<SourceItem, 'description' | 'details'>, words: ImportWords): { facts: string; body: string } {
  const blocks = [item.description.replace(/\r\n?/g, '\n').trim()];
  const facts: string[] = [];
  for (const detail of item.details) {
    if (detail.kind === 'checklist') {
      const lines = detail.items.map((entry) => `- [${entry.done ? 'x' : ' '}] ${oneLine(entry.text)}`);
      blocks.push([oneLine(detail.name) || words.checklist, ...lines].join('\n'));
    } else {
      facts.push(detailLine(detail, words));
    }
  }
  return { facts: facts.join('\n'), body: blocks.filter(Boolean).join('\n\n') };
}

const SEPARATOR = '\n\n';

/** The summary within `max` characters, the facts kept whole (unless they alone exceed it), and whether anything was cut. */
export function fittedSummary(item: Pick<SourceItem, 'description' | 'details'>, words: ImportWords, max = TEXT_MAX): { summary: string; shortened: boolean } {
  const { facts, body } = summaryParts(item, words);
  const whole = [facts, body].filter(Boolean).join(SEPARATOR);
  if (whole.length <= max) return { summary: whole, shortened: false };
  if (!facts) return { summary: clip(body, max), shortened: true };
  const head = clip(facts, max);
  const room = max - head.length - SEPARATOR.length;
  return { summary: body && room >= 2 ? `${head}${SEPARATOR}${clip(body, room)}` : head, shortened: true };
}
