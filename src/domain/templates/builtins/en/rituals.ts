import type { BuiltInTexts } from '../structure';

export const rituals: Pick<BuiltInTexts, 'planning' | 'daily' | 'refinement' | 'review'> = {
  planning: {
    name: 'Sprint planning',
    description:
      'From the Scrum Guide (2020): the whole Scrum Team answers why the sprint is valuable, what can be done and how it will be done, and leaves with a sprint goal and a sprint backlog.',
    outputs: { goal: 'Sprint goal', items: 'Selected product backlog items', plan: 'Plan for delivering them' },
    sections: {
      prepare: { title: 'Prepare', intro: 'What the team needs at hand before planning starts.' },
      why: { title: 'Why is this sprint valuable?', intro: 'Topic one: the sprint goal.' },
      what: { title: 'What can be done this sprint?', intro: 'Topic two: select items from the product backlog.' },
      how: { title: 'How will the chosen work get done?', intro: 'Topic three: plan the work.' },
    },
    items: {
      'prepare.backlog': 'Product backlog refined and ordered: the top items are ready',
      'prepare.capacity': 'Team capacity known for the sprint (absences, holidays, other commitments)',
      'prepare.past-performance': 'Past performance at hand: what the team completed in recent sprints',
      'prepare.retro-actions': 'Action items from the last retrospective at hand',
      'prepare.dod': 'Definition of Done at hand',
      'why.proposal': 'The Product Owner proposes how the product could increase its value and utility in this sprint.',
      'why.product-goal': 'How does this sprint bring the product closer to the Product Goal?',
      'why.goal': {
        label: 'Sprint goal',
        help: 'One objective for the sprint, agreed by the whole Scrum Team. It gives focus and leaves room on the work that achieves it.',
      },
      'what.select': 'The Developers select items from the product backlog, with the Product Owner',
      'what.refine': 'Selected items refined further where needed, to clarify them',
      'what.forecast': 'The selection fits the team’s capacity and past performance',
      'how.decompose': 'Each selected item broken down into the work needed to meet the Definition of Done',
      'how.small': 'Work broken down into pieces of one day or less',
      'how.developers-decide': 'How the work gets done is the Developers’ decision; no one else tells them how.',
      'how.goal-final': 'Sprint goal written down before planning ends',
    },
  },
  daily: {
    name: 'Daily scrum',
    description:
      'From the Scrum Guide (2020): a 15-minute event for the Developers, at the same time and place every working day, to inspect progress toward the sprint goal and adapt the plan.',
    outputs: { plan: 'Updated plan for the next day of work', blockers: 'Blockers raised' },
    sections: {
      format: {
        title: 'Format',
        intro: 'For the Developers. The Product Owner and the Scrum Master take part as Developers only if they work on sprint backlog items.',
      },
      progress: { title: 'Progress toward the sprint goal', intro: 'Inspect where the team stands.' },
      blockers: { title: 'Blockers', intro: 'What is in the way, and who will help remove it.' },
      focus: { title: 'Today’s focus', intro: 'What the team will do next to reach the sprint goal.' },
      adapt: { title: 'Adapt the plan', intro: 'Leave with an actionable plan for the next day of work.' },
    },
    items: {
      'format.who': 'Same time, same place, every working day; 15 minutes at most.',
      'format.structure':
        'Any structure works as long as it focuses on progress toward the sprint goal; walking the board is often better than a round of status updates.',
      'progress.on-track': 'Are we on track to meet the sprint goal?',
      'progress.since-yesterday': 'What has moved on the board since yesterday, and what has not?',
      'blockers.list': {
        label: 'Blockers',
        help: 'One per line, with who will help remove it. Solving it happens after the daily, with only the people needed.',
      },
      'focus.today': { label: 'Today’s focus', help: 'The few things that move the team closest to the sprint goal.' },
      'adapt.plan': 'Sprint backlog updated with the plan for the next day',
      'adapt.follow-ups': 'Follow-up conversations set up right after the daily, with only the people needed',
    },
  },
  refinement: {
    name: 'Backlog refinement',
    description:
      'From the Scrum Guide (2020): the ongoing work of breaking down product backlog items and adding detail, order and size, so the next sprints have items ready for selection.',
    outputs: { ready: 'Items ready for the next sprints' },
    sections: {
      about: { title: 'An ongoing activity', intro: 'Refinement happens throughout the sprint, not once.' },
      refine: { title: 'Refine each item', intro: 'Product Owner and Developers together, one item at a time.' },
      order: { title: 'Order the backlog', intro: 'With what the team has just learned.' },
    },
    items: {
      'about.ongoing':
        'The Scrum Guide sets no timebox for refinement; many teams keep it under 10% of the Developers’ capacity, as earlier editions of the guide suggested.',
      'about.top-first': 'Items to refine chosen from the top of the backlog: the next two sprints or so',
      'refine.split': 'Large items split into smaller ones, each still valuable on its own',
      'refine.acceptance': 'Acceptance criteria clarified and testable (Given / When / Then)',
      'refine.estimate': 'Estimated by the Developers who will do the work',
      'refine.ready': 'Checked against the Definition of Ready',
      'order.backlog': 'Product backlog ordered by the Product Owner',
    },
  },
  review: {
    name: 'Sprint review',
    description:
      'From the Scrum Guide (2020): a working session where the Scrum Team and key stakeholders inspect the outcome of the sprint and decide what to do next; not just a demo.',
    outputs: { decisions: 'Decisions', backlog: 'Revised product backlog' },
    sections: {
      outcome: { title: 'Inspect the outcome', intro: 'With the key stakeholders: what the sprint achieved.' },
      increment: { title: 'Demonstrate the increment', intro: 'Show what is Done, and let stakeholders react.' },
      changes: { title: 'What changed', intro: 'The world has moved during the sprint too.' },
      adapt: { title: 'Adapt the product backlog', intro: 'Decide together what to do next.' },
    },
    items: {
      'outcome.stakeholders': 'Key stakeholders invited and present',
      'outcome.goal': 'Was the sprint goal met? What was done, and what was not?',
      'outcome.product-goal': 'Where does the product stand against the Product Goal?',
      'increment.done': 'Only work that meets the Definition of Done is demonstrated',
      'increment.feedback': 'Let stakeholders try the increment, and gather their feedback.',
      'changes.market': 'What has changed in the market, among users or in the business since the last review?',
      'changes.product': 'What has changed in the product: usage, metrics, incidents, budget, timeline?',
      'adapt.next': 'What are the most valuable things to do next?',
      'adapt.backlog': 'Product backlog revised with what was decided',
      'adapt.decisions': { label: 'Decisions', help: 'One per line, with who acts on it.' },
    },
  },
};
