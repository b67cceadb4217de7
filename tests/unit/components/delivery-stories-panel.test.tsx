import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { createSprint, startSprint } from '../../../src/db/sprint-commands';
import { createStory } from '../../../src/db/story-commands';
import { StoriesPanel } from '../../../src/features/delivery/stories-panel';
import { useAnnouncer } from '../../../src/ui/announcer';
import { drafts } from '../../../src/ui/draft-store';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

let productId: string;
let initiativeId: string;

beforeEach(async () => {
  localStorage.clear();
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  const product = await createProduct('Acme Billing');
  const ready = (await liveStages(product.id)).find((s) => s.defaultKey === 'ready')!;
  productId = product.id;
  initiativeId = (await createInitiative(ready.id, { title: 'Invoice PDF redesign' })).id;
});

const panel = () => screen.getByRole('region', { name: 'Stories' });
const findPanel = () => screen.findByRole('region', { name: 'Stories' });
const criterion = (scope: HTMLElement, number: number) => within(scope).getByRole('group', { name: `Criterion ${number}` });

/** Types a whole text at once (a paste): the form sees the same input events, in far fewer steps. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function fillCriterion(group: HTMLElement, given: string, when: string, then: string) {
  await fill(within(group).getByLabelText('Given'), given);
  await fill(within(group).getByLabelText('When'), when);
  await fill(within(group).getByLabelText('Then'), then);
}

describe('StoriesPanel', () => {
  it('writes a story with two acceptance criteria and an estimate, then lists it with what it still lacks', async () => {
    await renderWithApp(<StoriesPanel productId={productId} initiativeId={initiativeId} />);
    expect(await screen.findByText(/No stories yet/)).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Write a story' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write a story' });
    await fill(within(dialog).getByLabelText('As a'), 'finance manager');
    await fill(within(dialog).getByLabelText('I want'), 'to see VAT on its own line');
    await fill(within(dialog).getByLabelText('so that'), 'I can book the invoice');
    await fillCriterion(criterion(dialog, 1), 'an invoice at two VAT rates', 'I open its PDF', 'I see one VAT line per rate');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a criterion' }));
    // The new row takes the focus, once it is drawn.
    await waitFor(() => expect(within(criterion(dialog, 2)).getByLabelText('Given')).toHaveFocus());
    await fillCriterion(criterion(dialog, 2), 'a reverse-charge customer', 'I open the PDF', 'the VAT line says reverse charge');
    await userEvent.type(within(dialog).getByLabelText('Points'), '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Write story' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Write a story' })).not.toBeInTheDocument());
    const [stored] = await db.stories.toArray();
    expect(stored).toMatchObject({ initiativeId, asA: 'finance manager', iWant: 'to see VAT on its own line', soThat: 'I can book the invoice', points: 3, status: 'todo', sprintId: null });
    expect(stored!.criteria.map((c) => c.then)).toEqual(['I see one VAT line per rate', 'the VAT line says reverse charge']);
    // One line: what is wanted, the estimate, status and checklists; just written, it shows open.
    expect(await within(panel()).findByRole('heading', { name: '1. to see VAT on its own line' })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: '1. to see VAT on its own line', expanded: true })).toBeInTheDocument();
    expect(within(panel()).getByText('As a finance manager, I want to see VAT on its own line, so that I can book the invoice.')).toBeInTheDocument();
    expect(within(panel()).getByText('3 points')).toBeInTheDocument();
    expect(within(panel()).getByText('DoR 0/8')).toBeInTheDocument();
    expect(within(panel()).getByText('To do', { selector: '.badge' })).toBeInTheDocument();
    expect(within(panel()).getByText('Not ready: missing the Definition of Ready (0 of 8)')).toBeInTheDocument();
    expect(useAnnouncer.getState().message).toBe('Story written.');
    // Just written, its details are open: its criteria are there to edit.
    const details = within(panel()).getByRole('form', { name: 'Details of story 1' });
    expect(within(criterion(details, 2)).getByLabelText('Then')).toHaveValue('the VAT line says reverse charge');
  });

  it('refuses a story without "I want" next to the field and writes nothing', async () => {
    await renderWithApp(<StoriesPanel productId={productId} initiativeId={initiativeId} />);
    await userEvent.click(await within(await findPanel()).findByRole('button', { name: 'Write a story' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write a story' });
    await userEvent.type(within(dialog).getByLabelText('As a'), 'finance manager');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Write story' }));

    const iWant = within(dialog).getByLabelText('I want');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('“I want” is required');
    expect(iWant).toHaveAttribute('aria-invalid', 'true');
    expect(iWant).toHaveAccessibleDescription(expect.stringContaining('“I want” is required'));
    expect(within(dialog).getByLabelText('As a')).toHaveValue('finance manager');
    expect(await db.stories.count()).toBe(0);
  });

  it('refuses points out of range while saving as you type, and keeps the stored estimate', async () => {
    const story = await createStory(initiativeId, { iWant: 'to pay by card', points: 5 }, 'en');
    await renderWithApp(<StoriesPanel productId={productId} initiativeId={initiativeId} />);
    const line = await within(await findPanel()).findByRole('button', { name: '1. to pay by card', expanded: false });
    expect(within(panel()).queryByRole('form', { name: 'Details of story 1' })).not.toBeInTheDocument();
    await userEvent.click(line);
    expect(line).toHaveAttribute('aria-expanded', 'true');
    const details = within(panel()).getByRole('form', { name: 'Details of story 1' });
    const points = within(details).getByLabelText('Points');
    await userEvent.clear(points);
    await userEvent.type(points, '1000');
    expect(await within(details).findByRole('alert')).toHaveTextContent('Points are a number from 0 to 100');
    expect(points).toHaveAttribute('aria-invalid', 'true');
    expect((await db.stories.get(story.id))?.points).toBe(5);
    // What was typed waits in the draft, so a reload keeps it.
    expect(JSON.stringify(drafts.read(`story:${story.id}`))).toContain('1000');

    await userEvent.clear(points);
    await userEvent.type(points, '8');
    await waitFor(async () => expect((await db.stories.get(story.id))?.points).toBe(8));
    await waitFor(() => expect(within(details).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('ticks the Definition of Ready until the story is ready, plans it into the active sprint and moves it', async () => {
    const sprint = await createSprint(productId, { name: 'Sprint 12', goal: 'Clear invoices', startDate: '2026-03-02', endDate: '2026-03-13' });
    await startSprint(sprint.id);
    await createStory(initiativeId, { iWant: 'to download the PDF', asA: 'customer', soThat: 'I keep it', points: 2, criteria: [{ id: 'c1', given: 'an invoice', when: 'I click Download', then: 'I get the PDF' }] }, 'en');
    const second = await createStory(initiativeId, { iWant: 'to see the due date' }, 'en');
    await renderWithApp(<StoriesPanel productId={productId} initiativeId={initiativeId} />);
    await userEvent.click(await within(await findPanel()).findByRole('button', { name: '1. to download the PDF' }));
    const summary = within(panel()).getByText('Definition of Ready: 0 of 8', { selector: 'summary' });
    await userEvent.click(summary);
    const checks = within(summary.closest('details')!).getAllByRole('checkbox');
    expect(checks).toHaveLength(8);
    for (const check of checks) await userEvent.click(check);
    await waitFor(() => expect(within(panel()).getByText('Ready')).toBeInTheDocument());
    expect(useAnnouncer.getState().message).toBe('Definition of Ready: 8 of 8 ticked.');
    expect(within(panel()).getByText('2 stories · 1 ready · 0 done')).toBeInTheDocument();

    await userEvent.selectOptions(within(panel()).getByLabelText('Status'), 'In progress');
    await waitFor(() => expect(within(panel()).getByText('In progress', { selector: '.badge' })).toBeInTheDocument());
    const first = within(panel()).getAllByRole('article')[0]!;
    expect(within(first).getByText('In the backlog', { selector: '.badge' })).toBeInTheDocument();
    await userEvent.selectOptions(within(panel()).getByLabelText('Sprint'), 'Sprint 12 (active)');
    await waitFor(() => expect(within(first).getByText('Sprint 12', { selector: '.badge' })).toBeInTheDocument());
    expect(useAnnouncer.getState().message).toBe('Story 1 planned into Sprint 12.');

    const down = within(panel()).getByRole('button', { name: 'Move story 1 down' });
    await userEvent.click(down);
    await waitFor(() => expect(within(panel()).getAllByRole('heading', { level: 4 })[0]).toHaveTextContent('to see the due date'));
    await waitFor(() => expect(useAnnouncer.getState().message).toBe('Story moved to position 2 of 2.'));
    // Focus follows the story; at the bottom edge its "up" button takes it.
    await waitFor(() => expect(within(panel()).getByRole('button', { name: 'Move story 2 up' })).toHaveFocus());
    expect((await db.stories.get(second.id))!.rank < (await db.stories.toArray()).find((s) => s.id !== second.id)!.rank).toBe(true);
  });

  it('deletes a story with an Undo that brings it back', async () => {
    const story = await createStory(initiativeId, { iWant: 'to pay by card' }, 'en');
    await renderWithApp(<StoriesPanel productId={productId} initiativeId={initiativeId} />);
    await userEvent.click(await within(await findPanel()).findByRole('button', { name: '1. to pay by card' }));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Delete story 1' }));
    await waitFor(async () => expect((await db.stories.get(story.id))?.deletedAt).not.toBeNull());
    expect(await screen.findByText(/No stories yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.stories.get(story.id))?.deletedAt).toBeNull());
    expect(await within(panel()).findByRole('heading', { name: /to pay by card/ })).toBeInTheDocument();
  });
});
