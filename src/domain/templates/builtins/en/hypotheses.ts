import type { BuiltInTexts } from '../structure';

export const hypotheses: Pick<BuiltInTexts, 'hypothesis' | 'testCard' | 'learningCard'> = {
  hypothesis: {
    name: 'Hypothesis (Lean UX)',
    description:
      'A hypothesis statement from Lean UX (Jeff Gothelf and Josh Seiden), placed on an assumption map (David Bland) so the team tests the important, unproven assumptions first.',
    outputs: { hypothesis: 'A testable hypothesis', assumption: 'Its place on the assumption map' },
    sections: {
      statement: {
        title: 'Hypothesis statement',
        intro: 'We believe that [doing this] for [persona] will achieve [outcome]. We will know this is true when we see [signal].',
      },
      assumption: {
        title: 'Assumption map',
        intro: 'What kind of risk this is, how much depends on it and how much evidence the team already has.',
      },
    },
    items: {
      'statement.belief': { label: 'We believe that [doing this]', help: 'The change, feature or action the team is betting on.' },
      'statement.persona': { label: 'for [persona]', help: 'Who it is for: a persona or a segment.' },
      'statement.outcome': { label: 'will achieve [outcome]', help: 'The change in behaviour or result expected, not the output.' },
      'statement.signal': {
        label: 'We will know this is true when we see [signal]',
        help: 'Something observable and measurable that people do, not what they say.',
      },
      'statement.threshold': {
        label: 'Threshold',
        help: 'The level that separates success from failure, set before testing (e.g. at least 20% of trial users within two weeks).',
      },
      'assumption.category': {
        label: 'Category',
        help: 'Desirability: do they want it? Viability: should we do it, does it work for the business? Feasibility: can we build it? Usability: can they use it?',
        options: { desirability: 'Desirability', viability: 'Viability', feasibility: 'Feasibility', usability: 'Usability' },
      },
      'assumption.importance': { label: 'Importance', help: '1: nice to know; 5: the idea fails if this is wrong.' },
      'assumption.evidence': { label: 'Evidence', help: '1: none, only opinions; 5: strong evidence from observed behaviour.' },
      'assumption.test-first': 'Test first the assumptions that matter most and have the least evidence.',
    },
  },
  testCard: {
    name: 'Test card',
    description:
      'The Strategyzer test card (David Bland and Alex Osterwalder, Testing Business Ideas): design one experiment for one hypothesis, and decide before running it what result proves you right.',
    outputs: { experiment: 'An experiment ready to run', criterion: 'A success criterion set in advance' },
    sections: {
      hypothesis: { title: 'Step 1: Hypothesis', intro: 'The hypothesis to test, and how critical it is.' },
      test: { title: 'Step 2: Test', intro: 'The experiment, its cost and how reliable its data will be.' },
      metric: { title: 'Step 3: Metric', intro: 'What the experiment will measure.' },
      criteria: { title: 'Step 4: Criteria', intro: 'The result that proves the hypothesis right, decided before the test.' },
      plan: { title: 'Plan', intro: 'When the results are due and who runs the test.' },
    },
    items: {
      'hypothesis.belief': { label: 'We believe that' },
      'hypothesis.criticality': { label: 'Criticality', help: '1: minor; 5: the idea depends on it.' },
      'test.experiment': { label: 'To verify that, we will', help: 'The experiment: an interview series, a landing page, a prototype test…' },
      'test.cost': { label: 'Test cost', help: '1: cheap; 5: expensive in money or time.' },
      'test.reliability': { label: 'Data reliability', help: '1: weak (what people say); 5: strong (what people do).' },
      'metric.measure': { label: 'And measure' },
      'criteria.right-if': { label: 'We are right if', help: 'A threshold on the metric, e.g. at least 30 sign-ups out of 500 visitors.' },
      'plan.deadline': { label: 'Deadline' },
      'plan.owner': { label: 'Owner' },
    },
  },
  learningCard: {
    name: 'Learning card',
    description:
      'The Strategyzer learning card (David Bland and Alex Osterwalder, Testing Business Ideas): record what an experiment showed, what the team learned and what it will do next.',
    outputs: { decision: 'A decision on the hypothesis', actions: 'Next actions' },
    sections: {
      believed: { title: 'Step 1: Hypothesis', intro: 'The hypothesis that was tested.' },
      observed: { title: 'Step 2: Observation', intro: 'What the experiment showed, and how far the data can be trusted.' },
      learned: { title: 'Step 3: Learnings and insights', intro: 'What the observation means for the hypothesis.' },
      therefore: { title: 'Step 4: Decisions and actions', intro: 'What the team will do with what it learned.' },
    },
    items: {
      'believed.hypothesis': { label: 'We believed that' },
      'observed.results': { label: 'We observed', help: 'The results against the success criterion, with the numbers.' },
      'observed.reliability': { label: 'Data reliability', help: '1: weak (what people say); 5: strong (what people do).' },
      'learned.insight': { label: 'From that we learned that' },
      'learned.decision': {
        label: 'Decision',
        options: { validated: 'Validated', invalidated: 'Invalidated', inconclusive: 'Inconclusive' },
      },
      'therefore.actions': { label: 'Therefore, we will', help: 'Persevere, pivot, stop, or run another test.' },
      'therefore.action-required': { label: 'Action required', help: '1: no change needed; 5: act now.' },
    },
  },
};
