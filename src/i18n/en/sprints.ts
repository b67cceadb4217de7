/** English messages of the delivery page, sprints and burndown, loaded with their screens. */
export const sprintsEn = {
  sprints: {
    title: 'Sprints',
  },
};
