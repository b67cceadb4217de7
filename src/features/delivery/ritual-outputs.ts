import type { RitualKind, RitualRun } from '../../domain/delivery/types';
import type { TemplateBody } from '../../domain/templates/types';

export type TextOutput = 'goal' | 'decisions';

/**
 * The built-in templates' fields that hold a run's goal or decisions (planning's sprint goal, the
 * daily's blockers and focus, the review's decisions). The run page edits them as the run's
 * outputs, so they are not asked twice, and writes the answer too so the snapshot stays complete.
 */
const OUTPUT_ITEMS: Record<RitualKind, Partial<Record<TextOutput, string>>> = {
  planning: { goal: 'why.goal' },
  daily: { goal: 'focus.today', decisions: 'blockers.list' },
  refinement: {},
  review: { decisions: 'adapt.decisions' },
  retrospective: {},
};

/** Which outputs a kind of ritual produces as text. */
export const TEXT_OUTPUTS: Record<RitualKind, readonly TextOutput[]> = {
  planning: ['goal'],
  daily: ['decisions', 'goal'],
  refinement: [],
  review: ['decisions'],
  retrospective: [],
};

function isTextField(body: TemplateBody, itemId: string): boolean {
  return body.sections.some((s) => s.items.some((i) => i.id === itemId && i.kind === 'field' && (i.type === 'longText' || i.type === 'shortText')));
}

/** The template field mirroring an output in this run's snapshot, if it has one. */
export function outputItem(run: Pick<RitualRun, 'kind' | 'content'>, output: TextOutput): string | null {
  const itemId = OUTPUT_ITEMS[run.kind][output];
  return itemId && isTextField(run.content.template.body, itemId) ? itemId : null;
}

/** The snapshot's checklist without the fields edited as outputs, nor the sections this leaves empty. */
export function checklistBody(run: Pick<RitualRun, 'kind' | 'content'>): TemplateBody {
  const body = run.content.template.body;
  const mirrored = new Set(TEXT_OUTPUTS[run.kind].map((o) => outputItem(run, o)).filter((id) => id !== null));
  const sections = body.sections.map((s) => ({ ...s, items: s.items.filter((i) => !mirrored.has(i.id)) })).filter((s) => s.items.length > 0);
  return { ...body, sections };
}

/** Decisions are typed one per line; an empty text is no decision rather than one blank line. */
export const decisionsOf = (text: string): string[] => (text === '' ? [] : text.split('\n'));
