/**
 * The built-in templates' structure, shared by every language: section and item ids (stable,
 * since artefacts store answers by item id), item kinds, field types, option keys, timeboxes and
 * outputs. Texts live in content-en.ts and content-fr.ts.
 */
import type { BuiltInKey } from './ids';
import { check, choice, field, prompt, section, type TemplateShape, type TextsFor } from './shape';

const retroOpening = section('opening', [prompt('opening.prime-directive'), check('opening.previous-actions')]);
const retroClosing = section('closing', [
  check('closing.pick'),
  check('closing.owners'),
  check('closing.record'),
  prompt('closing.roti'),
]);

export const SHAPES = {
  interview: {
    family: 'interview',
    timebox: { kind: 'fixed', minutes: 45 },
    outputs: ['snapshot', 'opportunities', 'insights'],
    sections: [
      section('opening', [prompt('opening.intro'), check('opening.consent'), prompt('opening.expectations')]),
      section('story', [
        field('story.last-time', 'longText'),
        prompt('story.sequence'),
        prompt('story.context'),
        prompt('story.difficulties'),
        prompt('story.workarounds'),
        prompt('story.decision'),
        prompt('story.specific'),
      ]),
      section('closing', [prompt('closing.anything-else'), prompt('closing.thanks'), check('closing.follow-up')]),
      section('avoid', [
        prompt('avoid.would-you-use'),
        prompt('avoid.features'),
        prompt('avoid.leading'),
        prompt('avoid.hypotheticals'),
      ]),
      section('participant', [
        field('participant.alias', 'shortText'),
        field('participant.role', 'shortText'),
        choice('participant.segment', 'singleChoice', ['b2b', 'b2c']),
        choice('participant.company-size', 'singleChoice', ['1-9', '10-49', '50-249', '250-999', '1000+']),
      ]),
      section('quote', [field('quote.text', 'longText')]),
      section('facts', [field('facts.date', 'date'), field('facts.interviewers', 'shortText'), field('facts.notes', 'longText')]),
      section('experience', [field('experience.story', 'longText')]),
      section('opportunities', [field('opportunities.list', 'longText')]),
      section('insights', [field('insights.list', 'longText')]),
    ],
  },
  hypothesis: {
    family: 'hypothesis',
    timebox: { kind: 'none' },
    outputs: ['hypothesis', 'assumption'],
    sections: [
      section('statement', [
        field('statement.belief', 'longText'),
        field('statement.persona', 'shortText'),
        field('statement.outcome', 'shortText'),
        field('statement.signal', 'shortText'),
        field('statement.threshold', 'shortText'),
      ]),
      section('assumption', [
        choice('assumption.category', 'singleChoice', ['desirability', 'viability', 'feasibility', 'usability']),
        field('assumption.importance', 'scale'),
        field('assumption.evidence', 'scale'),
        prompt('assumption.test-first'),
      ]),
    ],
  },
  testCard: {
    family: 'testCard',
    timebox: { kind: 'none' },
    outputs: ['experiment', 'criterion'],
    sections: [
      section('hypothesis', [field('hypothesis.belief', 'longText'), field('hypothesis.criticality', 'scale')]),
      section('test', [field('test.experiment', 'longText'), field('test.cost', 'scale'), field('test.reliability', 'scale')]),
      section('metric', [field('metric.measure', 'longText')]),
      section('criteria', [field('criteria.right-if', 'longText')]),
      section('plan', [field('plan.deadline', 'date'), field('plan.owner', 'shortText')]),
    ],
  },
  learningCard: {
    family: 'learningCard',
    timebox: { kind: 'none' },
    outputs: ['decision', 'actions'],
    sections: [
      section('believed', [field('believed.hypothesis', 'longText')]),
      section('observed', [field('observed.results', 'longText'), field('observed.reliability', 'scale')]),
      section('learned', [
        field('learned.insight', 'longText'),
        choice('learned.decision', 'singleChoice', ['validated', 'invalidated', 'inconclusive']),
      ]),
      section('therefore', [field('therefore.actions', 'longText'), field('therefore.action-required', 'scale')]),
    ],
  },
  planning: {
    family: 'planning',
    timebox: { kind: 'scaled', oneMonthMinutes: 480 },
    outputs: ['goal', 'items', 'plan'],
    sections: [
      section('prepare', [
        check('prepare.backlog'),
        check('prepare.capacity'),
        check('prepare.past-performance'),
        check('prepare.retro-actions'),
        check('prepare.dod'),
      ]),
      section('why', [prompt('why.proposal'), prompt('why.product-goal'), field('why.goal', 'longText')]),
      section('what', [check('what.select'), check('what.refine'), check('what.forecast')]),
      section('how', [check('how.decompose'), check('how.small'), prompt('how.developers-decide'), check('how.goal-final')]),
    ],
  },
  daily: {
    family: 'daily',
    timebox: { kind: 'fixed', minutes: 15 },
    outputs: ['plan', 'blockers'],
    sections: [
      section('format', [prompt('format.who'), prompt('format.structure')]),
      section('progress', [prompt('progress.on-track'), prompt('progress.since-yesterday')]),
      section('blockers', [field('blockers.list', 'longText')]),
      section('focus', [field('focus.today', 'longText')]),
      section('adapt', [check('adapt.plan'), check('adapt.follow-ups')]),
    ],
  },
  refinement: {
    family: 'refinement',
    timebox: { kind: 'none' },
    outputs: ['ready'],
    sections: [
      section('about', [prompt('about.ongoing'), check('about.top-first')]),
      section('refine', [
        check('refine.split'),
        check('refine.acceptance'),
        check('refine.estimate'),
        check('refine.ready'),
      ]),
      section('order', [check('order.backlog')]),
    ],
  },
  review: {
    family: 'review',
    timebox: { kind: 'scaled', oneMonthMinutes: 240 },
    outputs: ['decisions', 'backlog'],
    sections: [
      section('outcome', [check('outcome.stakeholders'), prompt('outcome.goal'), prompt('outcome.product-goal')]),
      section('increment', [check('increment.done'), prompt('increment.feedback')]),
      section('changes', [prompt('changes.market'), prompt('changes.product')]),
      section('adapt', [prompt('adapt.next'), check('adapt.backlog'), field('adapt.decisions', 'longText')]),
    ],
  },
  retroStartStopContinue: {
    family: 'retrospective',
    timebox: { kind: 'scaled', oneMonthMinutes: 180 },
    outputs: ['actions'],
    sections: [
      retroOpening,
      section('columns', [field('columns.start', 'longText'), field('columns.stop', 'longText'), field('columns.continue', 'longText')]),
      retroClosing,
    ],
  },
  retro4L: {
    family: 'retrospective',
    timebox: { kind: 'scaled', oneMonthMinutes: 180 },
    outputs: ['actions'],
    sections: [
      retroOpening,
      section('columns', [
        field('columns.liked', 'longText'),
        field('columns.learned', 'longText'),
        field('columns.lacked', 'longText'),
        field('columns.longed-for', 'longText'),
      ]),
      retroClosing,
    ],
  },
  retroWentWell: {
    family: 'retrospective',
    timebox: { kind: 'scaled', oneMonthMinutes: 180 },
    outputs: ['actions'],
    sections: [
      retroOpening,
      section('columns', [
        field('columns.went-well', 'longText'),
        field('columns.to-improve', 'longText'),
        field('columns.actions', 'longText'),
      ]),
      retroClosing,
    ],
  },
  definitionOfReady: {
    family: 'definitionOfReady',
    timebox: { kind: 'none' },
    outputs: ['ready'],
    sections: [
      section('story', [check('story.form'), check('story.acceptance'), check('story.invest')]),
      section('team', [
        check('team.estimated'),
        check('team.dependencies'),
        check('team.small'),
        check('team.design'),
        check('team.agreed'),
      ]),
    ],
  },
  definitionOfDone: {
    family: 'definitionOfDone',
    timebox: { kind: 'none' },
    outputs: ['increment'],
    sections: [
      section('quality', [
        check('quality.acceptance'),
        check('quality.review'),
        check('quality.automated-tests'),
        check('quality.tested'),
      ]),
      section('product', [check('product.documented'), check('product.accessible'), check('product.monitoring')]),
      section('release', [check('release.deployed'), check('release.accepted')]),
    ],
  },
} as const satisfies Record<BuiltInKey, TemplateShape>;

/** The library's order: discovery first, then the sprint's rituals in the order they happen, then the definitions. */
export const LIBRARY_ORDER: readonly BuiltInKey[] = [
  'interview',
  'hypothesis',
  'testCard',
  'learningCard',
  'planning',
  'daily',
  'refinement',
  'review',
  'retroStartStopContinue',
  'retro4L',
  'retroWentWell',
  'definitionOfReady',
  'definitionOfDone',
];

/** One language's texts for every built-in template; TypeScript requires every key, and no other. */
export type BuiltInTexts = { [K in BuiltInKey]: TextsFor<(typeof SHAPES)[K]> };
