import { outcomeVerdict, type OutcomeVerdict } from '../delivery/outcome';
import type { Story, StoryStatus } from '../delivery/types';
import { statementText, type StatementWords } from '../discovery/hypothesis-log';
import type { Hypothesis, HypothesisStatus } from '../discovery/types';
import type { Initiative, InitiativeComment } from '../types';
import { escapeMarkdown, textBlock } from './markdown';

/** What the document needs from the UI language. */
export interface InitiativeMarkdownTexts {
  /** Where it stands: "Discovery · Testing", or "Parked on 3 Nov 2026". */
  where: string;
  labels: {
    owner: string;
    tags: string;
    segment: string;
    summary: string;
    problem: string;
    hypotheses: string;
    learning: string;
    stories: string;
    asA: string;
    iWant: string;
    soThat: string;
    given: string;
    when: string;
    then: string;
    outcome: string;
    metric: string;
    baseline: string;
    target: string;
    actual: string;
    conclusion: string;
    comments: string;
  };
  /** A comment's author and date: "Ana · 3 Nov 2026, 09:05"; `author` may be ''. */
  commentBy: (author: string, at: number) => string;
  statement: StatementWords;
  hypothesisStatus: Record<HypothesisStatus, string>;
  storyStatus: Record<StoryStatus, string>;
  /** "Story 2" */
  storyNumber: (n: number) => string;
  /** "3 points" */
  points: (points: number) => string;
  number: (value: number) => string;
  verdict: Record<OutcomeVerdict, string>;
}

const field = (label: string, value: string) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`;

function section(title: string, body: string[]): string[] {
  return body.length === 0 ? [] : ['', `## ${escapeMarkdown(title)}`, '', ...body];
}

function hypothesesPart(hypotheses: readonly Hypothesis[], texts: InitiativeMarkdownTexts): string[] {
  return hypotheses.flatMap((h) => {
    const line = `- **${escapeMarkdown(texts.hypothesisStatus[h.status])}**: ${escapeMarkdown(statementText(h, texts.statement))}`;
    return h.learning.trim() ? [line, `  ${field(texts.labels.learning, h.learning)}`] : [line];
  });
}

function storiesPart(stories: readonly Story[], texts: InitiativeMarkdownTexts): string[] {
  return stories.flatMap((story, i) => {
    const facts = [texts.storyStatus[story.status], story.points === null ? '' : texts.points(story.points)].filter(Boolean).join(' · ');
    const criteria = story.criteria.map(
      (c) => `- **${escapeMarkdown(texts.labels.given)}** ${escapeMarkdown(c.given)} · **${escapeMarkdown(texts.labels.when)}** ${escapeMarkdown(c.when)} · **${escapeMarkdown(texts.labels.then)}** ${escapeMarkdown(c.then)}`,
    );
    const parts = [
      [texts.labels.asA, story.asA],
      [texts.labels.iWant, story.iWant],
      [texts.labels.soThat, story.soThat],
    ] as const;
    return [
      `### ${escapeMarkdown(texts.storyNumber(i + 1))} — ${escapeMarkdown(facts)}`,
      '',
      parts.map(([label, value]) => field(label, value)).join('  \n'),
      ...(criteria.length > 0 ? ['', ...criteria] : []),
      '',
    ];
  });
}

function outcomePart(initiative: Initiative, texts: InitiativeMarkdownTexts): string[] {
  const outcome = initiative.outcome;
  if (!outcome) return [];
  const value = (n: number | null) => (n === null ? '—' : texts.number(n));
  const lines = [
    field(texts.labels.metric, outcome.metric),
    [field(texts.labels.baseline, value(outcome.baseline)), field(texts.labels.target, value(outcome.target)), field(texts.labels.actual, value(outcome.actual))].join(' · '),
    `**${escapeMarkdown(texts.verdict[outcomeVerdict(outcome)])}**`,
  ];
  const conclusion = textBlock(outcome.conclusion);
  return [lines.join('  \n'), ...(conclusion ? ['', conclusion] : [])];
}

function commentsPart(comments: readonly InitiativeComment[], texts: InitiativeMarkdownTexts): string[] {
  return comments.flatMap((c) => [`**${escapeMarkdown(texts.commentBy(c.author, c.at))}**`, '', textBlock(c.text), '']).slice(0, -1);
}

/**
 * One initiative as a Markdown document, for a wiki, a ticket or an e-mail: its title, where it
 * stands, owner, tags and segment, then its summary, problem, hypotheses, stories with their
 * acceptance criteria, outcome, and the comments imported with it, each section only when there is something in it. User text is
 * escaped, so nothing in it becomes a link, an image or HTML when the document is rendered.
 */
export function initiativeMarkdown(initiative: Initiative, hypotheses: readonly Hypothesis[], stories: readonly Story[], texts: InitiativeMarkdownTexts): string {
  const facts = [
    initiative.owner ? field(texts.labels.owner, initiative.owner) : '',
    initiative.tags.length > 0 ? field(texts.labels.tags, initiative.tags.join(', ')) : '',
    initiative.segment ? field(texts.labels.segment, initiative.segment) : '',
  ].filter(Boolean);
  const closeReason = initiative.status !== 'active' && initiative.closeReason.trim() ? [`> ${escapeMarkdown(initiative.closeReason)}`] : [];
  const summary = textBlock(initiative.summary);
  const problem = textBlock(initiative.problem);
  const storyLines = storiesPart(stories, texts);
  const lines = [
    `# ${escapeMarkdown(initiative.title)}`,
    '',
    `_${escapeMarkdown(texts.where)}_`,
    ...(closeReason.length > 0 ? ['', ...closeReason] : []),
    ...(facts.length > 0 ? ['', facts.join('  \n')] : []),
    ...section(texts.labels.summary, summary ? [summary] : []),
    ...section(texts.labels.problem, problem ? [problem] : []),
    ...section(texts.labels.hypotheses, hypothesesPart(hypotheses, texts)),
    ...section(texts.labels.stories, storyLines.slice(0, -1)),
    ...section(texts.labels.outcome, outcomePart(initiative, texts)),
    ...section(texts.labels.comments, commentsPart(initiative.comments ?? [], texts)),
  ];
  return `${lines.join('\n')}\n`;
}
