import type { SectionMessages } from '../messages';

/** French messages of the stories, acceptance criteria, Definitions of Ready and Done, and outcomes, loaded with their screens. */
export const storiesFr: SectionMessages<'stories'> = {
  stories: {
    title: 'Stories',
  },
};
