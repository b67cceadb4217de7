/** English messages of the stories, acceptance criteria, Definitions of Ready and Done, and outcomes, loaded with their screens. */
export const storiesEn = {
  stories: {
    title: 'Stories',
  },
};
