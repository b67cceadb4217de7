import type { SectionMessages } from '../messages';

/** French messages of the delivery page, sprints and burndown, loaded with their screens. */
export const sprintsFr: SectionMessages<'sprints'> = {
  sprints: {
    title: 'Sprints',
  },
};
