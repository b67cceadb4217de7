import { describe, expect, it } from 'vitest';
import { finishedInitiatives, followsSprint, startedInitiatives } from '../../../src/domain/delivery/sprint-flow';
import type { StoryStatus } from '../../../src/domain/delivery/types';

const story = (initiativeId: string, sprintId: string | null, status: StoryStatus = 'todo', deletedAt: number | null = null) => ({ initiativeId, sprintId, status, deletedAt });

describe('the board following the sprint', () => {
  it('is on unless the product turned it off', () => {
    expect(followsSprint({})).toBe(true);
    expect(followsSprint({ boardFollowsSprint: true })).toBe(true);
    expect(followsSprint({ boardFollowsSprint: false })).toBe(false);
  });

  it('starts, in Scrum, the initiatives with a live story in the active sprint', () => {
    const stories = [story('a', 's1'), story('b', 's2'), story('c', null, 'inProgress'), story('d', 's1', 'todo', 5)];
    expect(startedInitiatives(stories, 'scrum', 's1')).toEqual(new Set(['a']));
    expect(startedInitiatives(stories, 'scrum', null)).toEqual(new Set());
  });

  it('starts, in continuous flow, the initiatives with a story in progress', () => {
    const stories = [story('a', null, 'todo'), story('b', null, 'inProgress'), story('c', null, 'done')];
    expect(startedInitiatives(stories, 'continuous', null)).toEqual(new Set(['b']));
  });

  it('finds the initiatives whose live stories are all done, and none without stories', () => {
    const stories = [story('a', 's1', 'done'), story('a', null, 'done'), story('b', 's1', 'done'), story('b', null, 'todo'), story('c', 's1', 'done'), story('c', null, 'todo', 9)];
    expect(finishedInitiatives(stories, ['a', 'b', 'c', 'none'])).toEqual(new Set(['a', 'c']));
  });
});
