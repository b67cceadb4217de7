import type { OutcomeVerdict } from '../delivery/outcome';
import type { ActionItem, Outcome, RitualKind } from '../delivery/types';
import { DECIDED_STATUSES, type DecidedStatus, type ExperimentMethod, type Interview } from '../discovery/types';
import { escapeMarkdown, textBlock } from '../export/markdown';
import type { KeyResult } from '../strategy/types';
import type { Lane } from '../types';
import { headline } from './discovery';
import type { LaneMove } from './moves';
import type { ProductReview } from './review';

/** What the document needs from the UI language: headings, the sentences of empty parts, and formats. */
export interface ReviewMarkdownTexts {
  title: string;
  /** The period in words with its dates: "October 2026 (Oct 1 – Oct 31, 2026)". */
  period: string;
  /** Said under the title while the period is not over, or null. */
  ongoing: string | null;
  headings: {
    moves: string;
    intoDiscovery: string;
    intoDelivery: string;
    back: string;
    discovery: string;
    decided: Record<DecidedStatus, string>;
    experiments: string;
    interviews: string;
    delivery: string;
    shipped: string;
    outcomes: string;
    stopped: string;
    objectives: string;
    rituals: string;
    held: string;
    openActions: string;
  };
  empty: { moves: string; discovery: string; delivery: string; objectives: string; rituals: string; openActions: string };
  /** Said under the objectives: their progress is today's, whatever the period. */
  objectivesNote: string;
  lane: Record<Lane, string>;
  learning: string;
  method: Record<ExperimentMethod, string>;
  decision: Record<DecidedStatus, string>;
  /** "3 interviews". */
  interviewCount: (count: number) => string;
  ritual: (kind: RitualKind, count: number) => string;
  /** When a ritual ran, and in which sprint if any: "Nov 13, 2026 (Sprint 11)". */
  runWhen: (at: number, sprintName: string | null) => string;
  killed: string;
  parked: string;
  verdict: Record<OutcomeVerdict, string>;
  /** "baseline 18 · target 25 · actual 27". */
  outcomeFigures: (outcome: Outcome) => string;
  /** "45 → 32, target 15". */
  keyResultFigures: (keyResult: KeyResult) => string;
  /** "45 %", or "not measured yet" for null. */
  progress: (progress: number | null) => string;
  /** A moment's day, and a calendar day. */
  date: (ms: number) => string;
  day: (iso: string) => string;
  /** A label and its value, with the language's colon: "Learned: …", « Appris : … ». */
  labelled: (label: string, value: string) => string;
  /** "Owner: Camille · Due Dec 4, 2026", leaving out what the item lacks. */
  actionFacts: (item: ActionItem) => string;
}

const bold = (text: string) => `**${escapeMarkdown(text)}**`;
const italic = (text: string) => `_${escapeMarkdown(text)}_`;
const indented = (text: string) => textBlock(text).split('\n').map((line) => `  ${line}`).join('\n');

/** A part's lines: its subsections, or the sentence that says it is empty. */
function part(heading: string, subsections: string[][], empty: string): string[] {
  const body = subsections.filter((lines) => lines.length > 0).flat();
  return ['', `## ${escapeMarkdown(heading)}`, ...(body.length > 0 ? body : ['', italic(empty)])];
}

function subsection(heading: string, items: string[]): string[] {
  return items.length === 0 ? [] : ['', `### ${escapeMarkdown(heading)}`, '', ...items];
}

function moveLine(move: LaneMove, texts: ReviewMarkdownTexts): string {
  return `- ${bold(move.initiative.title)} (${escapeMarkdown(`${texts.lane[move.from]} → ${texts.lane[move.to]}`)}) — ${escapeMarkdown(texts.date(move.at))}`;
}

function interviewLine(interview: Interview, texts: ReviewMarkdownTexts): string {
  const who = [interview.alias, interview.role].filter(Boolean).join(', ');
  return `- ${texts.labelled(escapeMarkdown(texts.day(interview.date)), escapeMarkdown(who))}`;
}

function discoveryPart(review: ProductReview, texts: ReviewMarkdownTexts): string[] {
  const { decided, experiments, interviews } = review.discovery;
  const hypotheses = DECIDED_STATUSES.map((status) =>
    subsection(
      texts.headings.decided[status],
      decided[status].map(({ hypothesis, initiative, at }) => {
        const line = `- ${bold(headline(hypothesis.belief))} (${escapeMarkdown(initiative.title)}) — ${escapeMarkdown(texts.date(at))}`;
        return hypothesis.learning.trim() ? `${line}  \n  ${texts.labelled(bold(texts.learning), indented(hypothesis.learning).trimStart())}` : line;
      }),
    ),
  );
  const concluded = subsection(
    texts.headings.experiments,
    experiments.map(({ experiment, initiative }) => {
      const decision = experiment.decision ? `, ${escapeMarkdown(texts.decision[experiment.decision])}` : '';
      const line = `- ${bold(initiative.title)} (${escapeMarkdown(texts.method[experiment.method])}${decision})`;
      return experiment.learned.trim() ? texts.labelled(line, escapeMarkdown(experiment.learned)) : line;
    }),
  );
  const heard = interviews.length === 0 ? [] : subsection(texts.headings.interviews, [escapeMarkdown(texts.interviewCount(interviews.length)), '', ...interviews.map((i) => interviewLine(i, texts))]);
  return part(texts.headings.discovery, [...hypotheses, concluded, heard], texts.empty.discovery);
}

function deliveryPart(review: ProductReview, texts: ReviewMarkdownTexts): string[] {
  const { shipped, outcomes, stopped } = review.delivery;
  return part(
    texts.headings.delivery,
    [
      subsection(texts.headings.shipped, shipped.map(({ initiative, at }) => `- ${bold(initiative.title)} — ${escapeMarkdown(texts.date(at))}`)),
      subsection(
        texts.headings.outcomes,
        outcomes.map(({ initiative, outcome, verdict }) => {
          const line = `- ${texts.labelled(bold(initiative.title), `${escapeMarkdown(outcome.metric)} — ${escapeMarkdown(texts.outcomeFigures(outcome))} — ${bold(texts.verdict[verdict])}`)}`;
          return outcome.conclusion.trim() ? `${line}  \n${indented(outcome.conclusion)}` : line;
        }),
      ),
      subsection(
        texts.headings.stopped,
        stopped.map(({ initiative, status, at, reason }) => {
          const line = `- ${bold(initiative.title)} — ${escapeMarkdown(status === 'killed' ? texts.killed : texts.parked)}, ${escapeMarkdown(texts.date(at))}`;
          return reason.trim() ? texts.labelled(line, escapeMarkdown(reason)) : line;
        }),
      ),
    ],
    texts.empty.delivery,
  );
}

function objectivesPart(review: ProductReview, texts: ReviewMarkdownTexts): string[] {
  const objectives = review.objectives.map(({ objective, progress, keyResults }) => [
    '',
    `### ${escapeMarkdown(`${objective.title} — ${texts.progress(progress)}`)}`,
    ...(keyResults.length > 0 ? ['', ...keyResults.map(({ keyResult, progress: kr }) => `- ${texts.labelled(escapeMarkdown(keyResult.metric), escapeMarkdown(`${texts.keyResultFigures(keyResult)} (${texts.progress(kr)})`))}`)] : []),
  ]);
  return part(texts.headings.objectives, objectives.length > 0 ? [['', italic(texts.objectivesNote)], ...objectives] : [], texts.empty.objectives);
}

function ritualsPart(review: ProductReview, texts: ReviewMarkdownTexts): string[] {
  const { held, openActions } = review.rituals;
  const runs = subsection(
    texts.headings.held,
    held.map(({ kind, runs: list }) => {
      const dates = list.map(({ run, sprintName }) => escapeMarkdown(texts.runWhen(run.startedAt, sprintName))).join(' · ');
      return `- ${texts.labelled(escapeMarkdown(texts.ritual(kind, list.length)), dates)}`;
    }),
  );
  const actions =
    openActions.length === 0
      ? ['', `### ${escapeMarkdown(texts.headings.openActions)}`, '', italic(texts.empty.openActions)]
      : subsection(
          texts.headings.openActions,
          openActions.map((item) => {
            const facts = texts.actionFacts(item);
            return `- ${escapeMarkdown(item.text)}${facts ? ` (${escapeMarkdown(facts)})` : ''}`;
          }),
        );
  return ['', `## ${escapeMarkdown(texts.headings.rituals)}`, ...(held.length > 0 ? runs : ['', italic(texts.empty.rituals)]), ...actions];
}

/**
 * The product review as Markdown, for a meeting, a wiki or an e-mail: `# <title>`, the period,
 * then a `##` per part (lane moves, Discovery, shipped and outcomes, objectives, rituals), a `###`
 * per group inside it, and a sentence in italics where a part has nothing. User text is escaped,
 * so nothing in it becomes a link, an image or HTML when the document is rendered.
 */
export function reviewMarkdown(review: ProductReview, texts: ReviewMarkdownTexts): string {
  const { moves } = review;
  const lines = [
    `# ${escapeMarkdown(texts.title)}`,
    '',
    italic(texts.period),
    ...(texts.ongoing ? ['', italic(texts.ongoing)] : []),
    ...part(
      texts.headings.moves,
      [
        subsection(texts.headings.intoDiscovery, moves.intoDiscovery.map((m) => moveLine(m, texts))),
        subsection(texts.headings.intoDelivery, moves.intoDelivery.map((m) => moveLine(m, texts))),
        subsection(texts.headings.back, moves.back.map((m) => moveLine(m, texts))),
      ],
      texts.empty.moves,
    ),
    ...discoveryPart(review, texts),
    ...deliveryPart(review, texts),
    ...objectivesPart(review, texts),
    ...ritualsPart(review, texts),
  ];
  return `${lines.join('\n')}\n`;
}
