import { describe, expect, it } from 'vitest';
import { closePlan, unfinishedStories } from '../../../src/domain/delivery/carry-over';
import { averageVelocity, cardSprint, plannedPoints, sprintLengthDays, sprintWeeks, validateSprint, validateSprintDates, velocity } from '../../../src/domain/delivery/sprints';
import type { Sprint, SprintResult, Story } from '../../../src/domain/delivery/types';

const dates = (startDate: string, endDate: string) => ({ startDate, endDate });

type S = Pick<Story, 'id' | 'sprintId' | 'points' | 'status' | 'deletedAt'>;
const s = (id: string, points: number | null, status: Story['status'], sprintId: string | null = 's1', deletedAt: number | null = null): S => ({ id, points, status, sprintId, deletedAt });

describe('sprint length', () => {
  it('counts days with both ends included, and weeks rounded up within 1–4', () => {
    expect(sprintLengthDays(dates('2025-01-06', '2025-01-19'))).toBe(14);
    const weeks = (days: number) => sprintWeeks(dates('2025-01-06', new Date(Date.UTC(2025, 0, 5 + days)).toISOString().slice(0, 10)));
    expect([5, 7, 8, 14, 15, 21, 26, 28].map(weeks)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('accepts 5 to 28 days, and says what is wrong otherwise', () => {
    expect(validateSprintDates('2025-01-06', '2025-01-10')).toEqual({}); // Monday to Friday
    expect(validateSprintDates('2025-01-06', '2025-02-02')).toEqual({}); // 28 days
    expect(validateSprintDates('2025-01-06', '2025-01-09')).toEqual({ endDate: 'errors.sprintTooShort' });
    expect(validateSprintDates('2025-01-06', '2025-02-03')).toEqual({ endDate: 'errors.sprintTooLong' });
    expect(validateSprintDates('2025-01-06', '2025-01-06')).toEqual({ endDate: 'errors.sprintEndBeforeStart' });
    expect(validateSprintDates('2025-01-06', '2025-01-01')).toEqual({ endDate: 'errors.sprintEndBeforeStart' });
    expect(validateSprintDates('2025-02-30', '')).toEqual({ startDate: 'errors.dateInvalid', endDate: 'errors.dateInvalid' });
  });

  it('requires a name, trimmed', () => {
    expect(validateSprint({ name: ' ', goal: '' }, true).errors).toEqual({ name: 'errors.nameRequired' });
    expect(validateSprint({ name: ' Sprint 4 ' }, true).values).toEqual({ name: 'Sprint 4', goal: '' });
    expect(validateSprint({ goal: 'x'.repeat(2001) }).errors).toEqual({ goal: 'errors.longTextTooLong' });
  });
});

describe('points and velocity', () => {
  const stories = [s('a', 5, 'done'), s('b', 3, 'done'), s('c', 8, 'inProgress'), s('d', 2, 'todo'), s('e', null, 'todo'), s('f', 13, 'done', 's1', 99)];

  it('sums the live stories, unestimated ones counting 0', () => {
    expect(plannedPoints(stories)).toBe(18);
    expect(velocity(stories)).toBe(8);
    expect(plannedPoints([s('x', 0.1, 'todo'), s('y', 0.2, 'todo')])).toBe(0.3);
  });

  it('averages the velocity of the last n closed sprints, from their recorded figures', () => {
    const sprint = (donePoints: number, closedAt: number, status: Sprint['status'] = 'closed', deletedAt: number | null = null) => ({
      status,
      closedAt,
      deletedAt,
      result: { donePoints } as SprintResult,
    });
    const closed = [sprint(10, 1), sprint(20, 2), sprint(30, 3), sprint(14, 4), sprint(99, 5, 'active'), sprint(99, 6, 'closed', 7)];
    expect(averageVelocity(closed)).toBe(21.3); // (14 + 30 + 20) / 3
    expect(averageVelocity(closed, 1)).toBe(14);
    expect(averageVelocity(closed.slice(0, 2))).toBe(15);
    expect(averageVelocity([])).toBeNull();
  });
});

describe('closing a sprint', () => {
  const stories = [s('a', 5, 'done'), s('b', 3, 'done'), s('c', 8, 'inProgress'), s('d', 2, 'todo'), s('x', null, 'todo'), s('gone', 5, 'todo', 's1', 9), s('other', 5, 'todo', 's2')];

  it('lists the live stories of the sprint that are not done', () => {
    expect(unfinishedStories('s1', stories).map((x) => x.id)).toEqual(['c', 'd', 'x']);
  });

  it('records the figures and sends the unfinished stories to the backlog or to a sprint', () => {
    expect(closePlan({ id: 's1' }, stories, 'backlog')).toEqual({
      result: { plannedPoints: 18, donePoints: 8, doneStories: 2, unfinishedStories: 3, carriedTo: 'backlog' },
      moves: [
        { storyId: 'c', sprintId: null },
        { storyId: 'd', sprintId: null },
        { storyId: 'x', sprintId: null },
      ],
    });
    const next = closePlan({ id: 's1' }, stories, 's3');
    expect(next.result.carriedTo).toBe('s3');
    expect(next.moves.map((m) => m.sprintId)).toEqual(['s3', 's3', 's3']);
    expect(closePlan({ id: 's9' }, stories, 'backlog').result).toEqual({ plannedPoints: 0, donePoints: 0, doneStories: 0, unfinishedStories: 0, carriedTo: 'backlog' });
  });
});

describe('the sprint a card names', () => {
  type Named = Pick<Sprint, 'name' | 'status' | 'startDate' | 'deletedAt'>;
  const sprint = (name: string, status: Sprint['status'], startDate: string, deletedAt: number | null = null): Named => ({ name, status, startDate, deletedAt });
  const named = (sprints: Named[]) => cardSprint(sprints)?.name ?? null;

  it('names the active sprint first, then the next planned, then the last closed', () => {
    const closed10 = sprint('Sprint 10', 'closed', '2026-01-05');
    const closed11 = sprint('Sprint 11', 'closed', '2026-01-19');
    const planned13 = sprint('Sprint 13', 'planned', '2026-02-16');
    const planned14 = sprint('Sprint 14', 'planned', '2026-03-02');
    const active = sprint('Sprint 12', 'active', '2026-02-02');
    expect(named([closed10, planned14, active, planned13, closed11])).toBe('Sprint 12');
    expect(named([closed10, planned14, planned13, closed11])).toBe('Sprint 13');
    expect(named([closed11, closed10])).toBe('Sprint 11');
  });

  it('names none for stories in the backlog only, or in deleted sprints', () => {
    expect(named([])).toBeNull();
    expect(named([sprint('Gone', 'active', '2026-02-02', 5)])).toBeNull();
  });
});
