import type { BuiltInTexts } from '../structure';

export const definitions: Pick<BuiltInTexts, 'definitionOfReady' | 'definitionOfDone'> = {
  definitionOfReady: {
    name: 'Definition of Ready',
    description:
      'A team agreement on when a backlog item can be taken into a sprint. It is not in the Scrum Guide, but is common practice; keep it light, so it guides refinement rather than blocking work.',
    outputs: { ready: 'Items ready for sprint planning' },
    sections: {
      story: { title: 'The story', intro: 'The item says who it is for, what it does and why, and how to know it works.' },
      team: { title: 'Ready for a sprint', intro: 'The Developers can start without waiting on anyone.' },
    },
    items: {
      'story.form': 'Written as a user story: “As a … I want … so that …”',
      'story.acceptance': 'Acceptance criteria are testable, written as Given / When / Then',
      'story.invest': 'Valuable and negotiable (INVEST: Independent, Negotiable, Valuable, Estimable, Small, Testable)',
      'team.estimated': 'Estimated by the Developers',
      'team.dependencies': 'Dependencies known, and none blocking',
      'team.small': 'Small enough to be Done within one sprint',
      'team.design': 'Designs and UX available, if needed',
      'team.agreed': 'Understood and agreed with the team',
    },
  },
  definitionOfDone: {
    name: 'Definition of Done',
    description:
      'From the Scrum Guide (2020): a formal description of the state of the increment when it meets the quality measures required for the product. Work that does not meet it is not Done and cannot be released or shown at the sprint review.',
    outputs: { increment: 'A Done increment' },
    sections: {
      quality: { title: 'Quality', intro: 'The work does what was agreed, and does it well.' },
      product: { title: 'Ready for users', intro: 'People can learn it, use it and rely on it.' },
      release: { title: 'Released', intro: 'Value reaches users, or could at any time.' },
    },
    items: {
      'quality.acceptance': 'Acceptance criteria met',
      'quality.review': 'Code reviewed',
      'quality.automated-tests': 'Automated tests written and passing',
      'quality.tested': 'Tested by a person (QA, exploratory testing)',
      'product.documented': 'Documented: user documentation and technical documentation updated',
      'product.accessible': 'Accessible, and localised in English and French, where relevant',
      'product.monitoring': 'Monitoring and analytics in place',
      'release.deployed': 'Deployed to production, or releasable at any time',
      'release.accepted': 'Accepted by the Product Owner',
    },
  },
};
