import type { BuiltInTexts } from '../structure';

/** Opening and closing, the same in the three formats. */
const shared = {
  sections: {
    opening: { title: 'Set the stage', intro: 'Start from safety, and from what the team committed to last time.' },
    closing: { title: 'Decide what to do', intro: 'Few actions, done, beat many actions, forgotten.' },
  },
  items: {
    'opening.prime-directive':
      'The Prime Directive (Norm Kerth): “Regardless of what we discover, we understand and truly believe that everyone did the best job they could, given what they knew at the time, their skills and abilities, the resources available, and the situation at hand.”',
    'opening.previous-actions': 'Previous action items reviewed: done, still relevant, or dropped',
    'closing.pick': '1 to 3 action items picked, the ones that matter most',
    'closing.owners': 'Each action item has an owner and a due date',
    'closing.record': 'Action items recorded on the board, so the next retrospective can review them',
    'closing.roti': 'Close with a quick ROTI (return on time invested): everyone rates the retrospective from 1 to 5.',
  },
};

const description = (format: string) =>
  `${format} The Scrum Guide (2020) caps the sprint retrospective at 3 hours for a one-month sprint, less for shorter sprints.`;

const columnsIntro = 'Everyone writes silently first, then the team groups similar notes and discusses the ones that matter most.';

export const retrospectives: Pick<BuiltInTexts, 'retroStartStopContinue' | 'retro4L' | 'retroWentWell'> = {
  retroStartStopContinue: {
    name: 'Retrospective: Start, Stop, Continue',
    description: description('A simple retrospective format: what the team should start doing, stop doing and continue doing.'),
    outputs: { actions: 'Action items (1 to 3, each with an owner and a due date)' },
    sections: { ...shared.sections, columns: { title: 'Start, Stop, Continue', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.start': { label: 'Start', help: 'What should we begin doing?' },
      'columns.stop': { label: 'Stop', help: 'What is not helping and should end?' },
      'columns.continue': { label: 'Continue', help: 'What works and should be kept?' },
    },
  },
  retro4L: {
    name: 'Retrospective: 4L',
    description: description(
      'The 4Ls (Mary Gorman and Ellen Gottesdiener): what the team liked, learned, lacked and longed for during the sprint.',
    ),
    outputs: { actions: 'Action items (1 to 3, each with an owner and a due date)' },
    sections: { ...shared.sections, columns: { title: 'Liked, Learned, Lacked, Longed for', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.liked': { label: 'Liked', help: 'What did you enjoy?' },
      'columns.learned': { label: 'Learned', help: 'What did you learn?' },
      'columns.lacked': { label: 'Lacked', help: 'What was missing, or could have been done better?' },
      'columns.longed-for': { label: 'Longed for', help: 'What do you wish had been there?' },
    },
  },
  retroWentWell: {
    name: 'Retrospective: Went well, To improve, Actions',
    description: description('The classic three-column retrospective: what went well, what to improve, and which actions to take.'),
    outputs: { actions: 'Action items (1 to 3, each with an owner and a due date)' },
    sections: { ...shared.sections, columns: { title: 'Went well, To improve, Actions', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.went-well': { label: 'Went well', help: 'What helped the team this sprint?' },
      'columns.to-improve': { label: 'To improve', help: 'What got in the way, or could be better?' },
      'columns.actions': { label: 'Actions', help: 'Ideas for concrete actions; the closing step picks the ones the team commits to.' },
    },
  },
};
