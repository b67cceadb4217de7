/** English messages of the ritual runs and action items, loaded with their screens. */
export const ritualsEn = {
  rituals: {
    title: 'Rituals',
  },
};
