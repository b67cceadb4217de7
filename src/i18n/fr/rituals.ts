import type { SectionMessages } from '../messages';

/** French messages of the ritual runs and action items, loaded with their screens. */
export const ritualsFr: SectionMessages<'rituals'> = {
  rituals: {
    title: 'Rituels',
  },
};
