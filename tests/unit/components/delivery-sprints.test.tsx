import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { sprintsOfProduct, sprintWithStories } from '../../../src/db/delivery-queries';
import { createInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { createSprint, startSprint } from '../../../src/db/sprint-commands';
import { createStory, planStory, setStoryStatus } from '../../../src/db/story-commands';
import { addDays, toLocalDate } from '../../../src/domain/delivery/dates';
import { DeliveryPage } from '../../../src/features/delivery/delivery-page';
import { CloseSprintDialog } from '../../../src/features/delivery/sprint-close-dialog';
import { useAnnouncer } from '../../../src/ui/announcer';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

const today = toLocalDate(Date.now());
let productId: string;
let initiativeId: string;

beforeEach(async () => {
  localStorage.clear();
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  const product = await createProduct('Acme Checkout');
  productId = product.id;
  const ready = (await liveStages(productId)).find((s) => s.defaultKey === 'ready')!;
  initiativeId = (await createInitiative(ready.id, { title: 'Faster checkout' })).id;
});

/** An active sprint of two weeks with a done story (5 points) and an unfinished one (3 points). */
async function activeSprint() {
  const sprint = await createSprint(productId, { name: 'Sprint 7', goal: 'Pay in one click', startDate: addDays(today, -3), endDate: addDays(today, 10) });
  const done = await createStory(initiativeId, { iWant: 'to save my card', points: 5 }, 'en');
  const left = await createStory(initiativeId, { iWant: 'to pay with one click', points: 3 }, 'en');
  await planStory(done.id, sprint.id);
  await planStory(left.id, sprint.id);
  await startSprint(sprint.id);
  await setStoryStatus(done.id, 'done', 'Checked by hand');
  return { sprint: (await db.sprints.get(sprint.id))!, left };
}

/** The close dialog fed by live queries, as the sprint view feeds it. */
function LiveCloseDialog({ sprintId, onClose }: { sprintId: string; onClose: () => void }) {
  const data = useLiveQuery(() => sprintWithStories(sprintId), [sprintId]);
  const sprints = useLiveQuery(() => sprintsOfProduct(productId), []);
  if (!data || !sprints) return null;
  return <CloseSprintDialog sprint={data.sprint} rows={data.stories} sprints={sprints} today={today} onClose={onClose} />;
}

describe('DeliveryPage', () => {
  it('refuses a sprint that ends before it starts, next to the field, writes nothing, then plans a valid one', async () => {
    await renderWithApp(<DeliveryPage productId={productId} />);
    expect(await screen.findByRole('radio', { name: /Scrum sprints/ })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'New sprint' }));
    const dialog = await screen.findByRole('dialog', { name: 'New sprint' });
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Sprint 1');
    expect(within(dialog).getByLabelText('Start date')).toHaveValue(today);

    await userEvent.selectOptions(within(dialog).getByLabelText('Length'), 'Choose the end date');
    const end = within(dialog).getByLabelText('End date');
    fireEvent.change(end, { target: { value: addDays(today, -1) } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Plan sprint' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The sprint must end after it starts.');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(await db.sprints.count()).toBe(0);

    await userEvent.selectOptions(within(dialog).getByLabelText('Length'), '2 weeks');
    await userEvent.type(within(dialog).getByLabelText('Sprint goal'), 'Pay in one click');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Plan sprint' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New sprint' })).not.toBeInTheDocument());
    const [stored] = await db.sprints.toArray();
    expect(stored).toMatchObject({ name: 'Sprint 1', goal: 'Pay in one click', startDate: today, endDate: addDays(today, 13), status: 'planned' });
    const planned = await screen.findByRole('region', { name: 'Planned sprints' });
    expect(within(planned).getByRole('link', { name: 'Sprint 1' })).toBeInTheDocument();
  });

  it('says why continuous flow is refused while a sprint is active, and keeps Scrum', async () => {
    await activeSprint();
    await renderWithApp(<DeliveryPage productId={productId} />);
    await userEvent.click(await screen.findByRole('radio', { name: /Continuous flow/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A sprint is active: close it before switching to continuous flow.');
    expect(screen.getByRole('radio', { name: /Scrum sprints/ })).toBeChecked();
    expect((await db.products.get(productId))?.cadence).toBeUndefined();
  });
});

describe('CloseSprintDialog', () => {
  it('counts the unfinished stories, shows the velocity it will record, and moves them to the next sprint it plans', async () => {
    const { sprint, left } = await activeSprint();
    let closed = false;
    await renderWithApp(<LiveCloseDialog sprintId={sprint.id} onClose={() => (closed = true)} />);
    const dialog = await screen.findByRole('dialog', { name: 'Close Sprint 7' });
    expect(within(dialog).getByText('1 story is unfinished (3 points):')).toBeInTheDocument();
    expect(within(dialog).getByText('to pay with one click')).toBeInTheDocument();
    expect(within(dialog).getByText('Velocity recorded: 5 points done of 8 planned (1 of 2 stories).')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Back to the product backlog' })).toBeChecked();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Plan the next sprint…' }));
    const create = await screen.findByRole('dialog', { name: 'New sprint' });
    expect(within(create).getByLabelText('Name')).toHaveValue('Sprint 8');
    expect(within(create).getByLabelText('Start date')).toHaveValue(addDays(sprint.endDate, 1));
    await userEvent.click(within(create).getByRole('button', { name: 'Plan sprint' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New sprint' })).not.toBeInTheDocument());
    const next = (await db.sprints.toArray()).find((s) => s.status === 'planned')!;
    expect(next).toMatchObject({ name: 'Sprint 8', startDate: addDays(sprint.endDate, 1), endDate: addDays(sprint.endDate, 14) });

    const toNext = await within(dialog).findByRole('radio', { name: /^Sprint 8/ });
    await waitFor(() => expect(toNext).toBeChecked());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the sprint' }));
    await waitFor(() => expect(closed).toBe(true));

    expect(await db.sprints.get(sprint.id)).toMatchObject({
      status: 'closed',
      result: { plannedPoints: 8, donePoints: 5, doneStories: 1, unfinishedStories: 1, carriedTo: next.id },
    });
    expect((await db.stories.get(left.id))?.sprintId).toBe(next.id);
    expect(useAnnouncer.getState().message).toBe('Sprint 7 closed: velocity 5 points.');
  });
});
