import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { editInterview, recordInterview } from '../../../src/db/interview-commands';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins/ids';
import { InterviewPage } from '../../../src/features/discovery/interview-page';
import { InterviewsPage } from '../../../src/features/discovery/interviews-page';
import { drafts } from '../../../src/ui/draft-store';
import { addHypothesis, discoveryFixture } from './discovery-fixtures';
import { renderWithApp } from './render';

let productId: string;
let offlineId: string;
let pricingId: string;

beforeEach(async () => {
  localStorage.clear();
  const { product, offline, pricing } = await discoveryFixture();
  productId = product.id;
  offlineId = offline.id;
  pricingId = pricing.id;
});

async function anInterview() {
  const interview = await recordInterview(productId, BUILTIN_IDS.interview, 'en', {
    date: '2026-03-02',
    alias: 'Karim',
    role: 'Field technician',
    segment: 'B2B',
    companySize: '50-249',
    initiativeId: offlineId,
  });
  await editInterview(interview.id, { quote: 'I lose a report a week when the network drops.' });
  return interview;
}

describe('InterviewPage', () => {
  it('links the interview as evidence to a hypothesis chosen by initiative, with the quote as excerpt', async () => {
    const interview = await anInterview();
    const offline = await addHypothesis(offlineId, { belief: 'offline sync' });
    await addHypothesis(pricingId, { belief: 'a yearly plan' });
    await renderWithApp(<InterviewPage productId={productId} interviewId={interview.id} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview with Karim' })).toBeInTheDocument();
    expect(await screen.findByText('Not linked to any hypothesis yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Link as evidence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link as evidence' });
    const select = within(dialog).getByLabelText('Hypothesis');
    await waitFor(() => expect(within(select).getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual(['Offline mode', 'Pricing page']));
    expect(select).toHaveValue(offline.id);
    expect(within(dialog).getByLabelText('Excerpt')).toHaveValue('I lose a report a week when the network drops.');
    await userEvent.click(within(dialog).getByLabelText('Refutes'));
    await userEvent.clear(within(dialog).getByLabelText('Excerpt'));
    await userEvent.type(within(dialog).getByLabelText('Excerpt'), 'I lose a report a week');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link as evidence' }));
    // One interview is level 2 evidence: the dialog proposes it, and closes once it is set.
    expect(await within(dialog).findByText('Evidence level: 1/5 — the evidence now suggests 2/5', { exact: false })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set to 2/5' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.hypotheses.get(offline.id))?.evidence).toBe(2);
    const [evidence] = await db.evidence.toArray();
    expect(evidence).toMatchObject({ interviewId: interview.id, hypothesisId: offline.id, stance: 'refutes', excerpt: 'I lose a report a week', deletedAt: null });
    const informed = screen.getByRole('region', { name: 'Hypotheses it informs' });
    expect(await within(informed).findByText('Refutes')).toBeInTheDocument();
    expect(within(informed).getByRole('link', { name: 'Open “Offline mode”' })).toHaveAttribute('href', `/p/${productId}/i/${offlineId}/discovery`);

    await userEvent.click(within(informed).getByRole('button', { name: /^Unlink from hypothesis: We believe that offline sync/ }));
    await waitFor(async () => expect((await db.evidence.get(evidence!.id))?.deletedAt).not.toBeNull());
    expect(await within(informed).findByText('Not linked to any hypothesis yet.')).toBeInTheDocument();
  });

  it('saves the snapshot as it is typed, keeping a draft until the database has it', async () => {
    const interview = await anInterview();
    await renderWithApp(<InterviewPage productId={productId} interviewId={interview.id} />);
    const insights = await screen.findByLabelText('Insights');
    await userEvent.type(insights, 'Paper backup');
    expect(drafts.read(`interview:${interview.id}`)).toEqual({ edits: { insights: 'Paper backup' } });
    await waitFor(async () => expect((await db.interviews.get(interview.id))?.insights).toBe('Paper backup'));
    await waitFor(() => expect(drafts.read(`interview:${interview.id}`)).toBeNull());
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    // The guide shows only the template's sections the record does not hold.
    expect(screen.getByRole('region', { name: 'The story' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Memorable quote' })).not.toBeInTheDocument();
  });

  it('refuses an empty alias next to the field', async () => {
    const interview = await anInterview();
    await renderWithApp(<InterviewPage productId={productId} interviewId={interview.id} />);
    await userEvent.clear(await screen.findByLabelText('Participant alias'));
    expect(await screen.findByText(/Give the participant an alias/)).toBeInTheDocument();
    expect(screen.getByLabelText('Participant alias')).toHaveAttribute('aria-invalid', 'true');
    expect((await db.interviews.get(interview.id))?.alias).toBe('Karim');
  });
});

describe('InterviewsPage', () => {
  it('lists snapshots, searches them, and records a new interview that opens its page', async () => {
    const interview = await anInterview();
    const h = await addHypothesis(offlineId);
    const { linkEvidence } = await import('../../../src/db/interview-commands');
    await linkEvidence(interview.id, h.id, 'supports', 'a week');
    const { location } = await renderWithApp(<InterviewsPage productId={productId} />);

    const card = (await screen.findByRole('link', { name: 'Interview with Karim, Mar 2, 2026' })).closest('li')!;
    expect(within(card).getByText('I lose a report a week when the network drops.')).toBeInTheDocument();
    expect(within(card).getByText('Informs 1 hypothesis')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search interviews' }), 'NETWORK');
    expect(screen.getByText('1 of 1 interviews')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'accountant');
    expect(screen.getByText('No interview matches “accountant”.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'New interview' }));
    const dialog = await screen.findByRole('dialog', { name: 'New interview' });
    await waitFor(() => expect(within(dialog).getByLabelText('Template')).toHaveValue(BUILTIN_IDS.interview));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    expect(await within(dialog).findByText(/Give the participant an alias/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Participant alias'), 'Léa');
    await userEvent.selectOptions(within(dialog).getByLabelText('Initiative'), 'Pricing page');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(new RegExp(`^/p/${productId}/interviews/`)));
    const created = (await db.interviews.toArray()).find((i) => i.alias === 'Léa');
    expect(created).toMatchObject({ initiativeId: pricingId, productId });
    expect(location.history?.at(-1)).toBe(`/p/${productId}/interviews/${created!.id}`);
  });
});
