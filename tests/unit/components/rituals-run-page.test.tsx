import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addActionItem } from '../../../src/db/action-item-commands';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { finishRitualRun, startRitualRun } from '../../../src/db/ritual-commands';
import { createSprint } from '../../../src/db/sprint-commands';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins/ids';
import { RitualRunPage } from '../../../src/features/delivery/ritual-run-page';
import { RitualsSection } from '../../../src/features/delivery/rituals-section';
import { useAnnouncer } from '../../../src/ui/announcer';
import { drafts } from '../../../src/ui/draft-store';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

const PREVIOUS = 'Previous action items reviewed: done, still relevant, or dropped';

async function fixture() {
  await db.delete();
  await db.open();
  localStorage.clear();
  useNotices.setState({ notices: [] });
  const product = await createProduct('Acme Field App');
  // One week: the retrospective's 3 h for a month scales to 45 min.
  const sprint = await createSprint(product.id, { name: 'Sprint 3', goal: '', startDate: '2025-03-03', endDate: '2025-03-09' });
  return { product, sprint };
}

let productId: string;
let sprintId: string;

beforeEach(async () => {
  const { product, sprint } = await fixture();
  productId = product.id;
  sprintId = sprint.id;
});

const retro = () => startRitualRun(productId, sprintId, 'retrospective', 'en', BUILTIN_IDS.retroStartStopContinue);

describe('RitualRunPage', () => {
  it('runs a retrospective: ticks an item, keeps a note, adds an action item, shows the timer against the scaled timebox', async () => {
    const run = await retro();
    await renderWithApp(<RitualRunPage productId={productId} runId={run.id} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Retrospective: Start, Stop, Continue · Sprint 3' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time spent' })).toHaveTextContent(/^0:0\d \/ 45:00$/);
    expect(screen.getByText('Timebox: 45 min (scaled to a 1-week sprint)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: PREVIOUS }));
    await waitFor(async () => expect((await db.ritualRuns.get(run.id))?.content.checked['opening.previous-actions']).toBe(true));
    expect(useAnnouncer.getState().message).toBe(`Ticked: ${PREVIOUS}. 1 of 4 done.`);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: PREVIOUS })).toBeChecked());

    await userEvent.click(screen.getByRole('button', { name: `Add a note on “${PREVIOUS}”` }));
    const note = screen.getByRole('textbox', { name: `Note on “${PREVIOUS}”` });
    expect(note).toHaveFocus();
    await userEvent.type(note, 'Nothing open from last time');
    // Mirrored on every keystroke, so a reload before the save loses nothing.
    expect(JSON.stringify(drafts.read(`ritual-run:${run.id}`))).toContain('Nothing open from last time');
    await waitFor(async () => expect((await db.ritualRuns.get(run.id))?.content.notes['opening.previous-actions']).toBe('Nothing open from last time'));

    const actions = screen.getByRole('region', { name: 'Action items' });
    await userEvent.click(within(actions).getByRole('button', { name: 'Add action item' }));
    expect(await within(actions).findByRole('alert')).toHaveTextContent('the action is required');
    expect(await db.actionItems.count()).toBe(0);
    await userEvent.type(within(actions).getByLabelText('Action'), 'Pair on every release');
    await userEvent.type(within(actions).getByLabelText('Owner'), 'Hugo');
    await userEvent.type(within(actions).getByLabelText('Due date'), '2025-03-14');
    await userEvent.click(within(actions).getByRole('button', { name: 'Add action item' }));
    await waitFor(async () => expect(await db.actionItems.toArray()).toMatchObject([{ runId: run.id, text: 'Pair on every release', owner: 'Hugo', dueDate: '2025-03-14', status: 'open' }]));
    const item = await within(actions).findByRole('listitem');
    expect(item).toHaveTextContent('Owner: Hugo');
    expect(within(actions).getByLabelText('Action')).toHaveValue('');

    await userEvent.click(within(item).getByRole('button', { name: 'Edit: Pair on every release' }));
    const owner = within(item).getByLabelText('Owner');
    await userEvent.clear(owner);
    await userEvent.type(owner, 'Inès');
    await userEvent.click(within(item).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.actionItems.toArray())[0]?.owner).toBe('Inès'));
    await waitFor(() => expect(within(item).getByRole('button', { name: 'Edit: Pair on every release' })).toHaveFocus());

    await userEvent.click(within(item).getByRole('button', { name: 'Done: Pair on every release' }));
    await waitFor(async () => expect((await db.actionItems.toArray())[0]?.status).toBe('done'));
  });

  it('shows a finished run read-only, with how long it took and how much was ticked', async () => {
    const run = await retro();
    await addActionItem(run.id, { text: 'Pair on every release', owner: 'Hugo', dueDate: null });
    await renderWithApp(<RitualRunPage productId={productId} runId={run.id} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: PREVIOUS }));
    await waitFor(async () => expect((await db.ritualRuns.get(run.id))?.content.checked['opening.previous-actions']).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: `Add a note on “${PREVIOUS}”` }));
    // Finishing right after typing still keeps the note: what is pending is saved first.
    await userEvent.type(screen.getByRole('textbox', { name: `Note on “${PREVIOUS}”` }), 'Nothing open from last time');
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));

    // The banner appears with the re-read run, and takes the focus in the effect that follows.
    const banner = await screen.findByText(/^Finished on .+ in under a minute, 1\/4 items\.$/);
    await waitFor(() => expect(banner).toHaveFocus());
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // Plain text now: nothing left to tick, type or press but the way back.
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add a note|Add|Done|Edit|Pause/ })).not.toBeInTheDocument();
    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(within(checklist).getByText(PREVIOUS)).toHaveTextContent(`Done: ${PREVIOUS}`);
    expect(within(checklist).getByText('Nothing open from last time')).toBeInTheDocument();
    expect(within(checklist).getAllByText('Not answered')).toHaveLength(3);
    expect(within(await screen.findByRole('region', { name: 'Action items' })).getByText('Pair on every release')).toBeInTheDocument();
  });

  it('reviews the open action items of earlier retrospectives first, newest first, and carries one over', async () => {
    const first = await retro();
    await addActionItem(first.id, { text: 'Older action', owner: '', dueDate: null });
    await finishRitualRun(first.id);
    const second = await retro();
    await addActionItem(second.id, { text: 'Newer action', owner: 'Inès', dueDate: null });
    await finishRitualRun(second.id);
    const third = await retro();
    await renderWithApp(<RitualRunPage productId={productId} runId={third.id} />);

    const review = await screen.findByRole('region', { name: 'Open action items from previous retrospectives' });
    await waitFor(() => expect(within(review).getAllByRole('listitem').map((li) => li.querySelector('.action-item__text')?.textContent)).toEqual(['Newer action', 'Older action']));
    expect(within(review).getByText('2 to review')).toBeInTheDocument();
    await userEvent.click(within(review).getByRole('button', { name: 'Carry over: Older action' }));
    expect(await within(review).findByText('Carried over in this retrospective')).toBeInTheDocument();
    expect((await db.actionItems.filter((i) => i.text === 'Older action').first())?.carriedOverIn).toEqual([third.id]);
    await userEvent.click(within(review).getByRole('button', { name: 'Drop: Newer action' }));
    expect(await within(review).findByText('Dropped in this retrospective')).toBeInTheDocument();
    expect(within(review).getByText('0 to review')).toBeInTheDocument();
  });
  it('says in words when the timebox is over, and pauses and resumes the timer', async () => {
    const run = await startRitualRun(productId, sprintId, 'daily', 'en');
    // Sixteen minutes already spent, paused: the daily's 15 minutes are over by one.
    await db.ritualRuns.update(run.id, { elapsedMs: 16 * 60_000, timerStartedAt: null });
    await renderWithApp(<RitualRunPage productId={productId} runId={run.id} />);
    expect(await screen.findByRole('timer')).toHaveTextContent('16:00 / 15:00');
    expect(screen.getByText('Over time by 1:00')).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await db.ritualRuns.get(run.id))?.timerStartedAt).not.toBeNull());
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByText('Paused')).not.toBeInTheDocument();
  });

  it('writes a planning’s sprint goal once, as its output and its template answer, and gives it to the sprint when finished', async () => {
    const run = await startRitualRun(productId, sprintId, 'planning', 'en');
    await renderWithApp(<RitualRunPage productId={productId} runId={run.id} />);
    expect(await screen.findByText('Timebox: 2 h (scaled to a 1-week sprint)')).toBeInTheDocument();
    // The template's own sprint goal field is this output, not a second place to write it.
    expect(screen.getAllByLabelText('Sprint goal')).toHaveLength(1);
    await userEvent.type(screen.getByLabelText('Sprint goal'), 'Invoices paid in one click');
    await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByText(/^Finished on /)).toBeInTheDocument();
    expect(await db.ritualRuns.get(run.id)).toMatchObject({ goal: 'Invoices paid in one click', content: { answers: { 'why.goal': 'Invoices paid in one click' } } });
    expect((await db.sprints.get(sprintId))?.goal).toBe('Invoices paid in one click');
  });
});

describe('RitualsSection', () => {
  it('lists the sprint’s runs newest first with their completion, and starts one from the chosen template', async () => {
    const done = await retro();
    await finishRitualRun(done.id);
    const { location } = await renderWithApp(<RitualsSection productId={productId} sprint={(await db.sprints.get(sprintId))!} />);

    const history = await screen.findByRole('list', { name: 'Ritual history' });
    expect(within(history).getByRole('link', { name: 'Retrospective: Start, Stop, Continue' })).toHaveAttribute('href', `/p/${productId}/rituals/${done.id}`);
    expect(within(history).getByRole('listitem')).toHaveTextContent(/Finished/);
    expect(within(history).getByRole('listitem')).toHaveTextContent('0/4 items');

    await userEvent.click(screen.getByRole('button', { name: 'Start a daily scrum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a daily scrum' });
    await waitFor(() => expect(within(dialog).getByLabelText('Template')).toHaveValue(BUILTIN_IDS.daily));
    expect(within(dialog).getByText('Timebox: 15 min')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start' }));

    await waitFor(async () => expect(await db.ritualRuns.count()).toBe(2));
    const started = (await db.ritualRuns.toArray()).find((r) => r.kind === 'daily')!;
    expect(location.history?.at(-1)).toBe(`/p/${productId}/rituals/${started.id}`);
    await waitFor(() => expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(/Daily scrum.*In progress/));
  });
});
