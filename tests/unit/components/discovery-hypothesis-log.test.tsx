import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HypothesisLogPage } from '../../../src/features/discovery/hypothesis-log-page';
import { addHypothesis, discoveryFixture } from './discovery-fixtures';
import { renderWithApp } from './render';

let productId: string;

beforeEach(async () => {
  const { product, offline, pricing } = await discoveryFixture();
  productId = product.id;
  await addHypothesis(offline.id, { belief: 'offline sync', category: 'desirability' });
  await addHypothesis(pricing.id, { belief: 'a yearly plan', persona: 'small teams', outcome: '', signal: '', category: 'viability', owner: 'Inès' });
});

afterEach(() => vi.restoreAllMocks());

describe('HypothesisLogPage', () => {
  it('filters by category through the URL and exports the rows shown as CSV', async () => {
    const { location } = await renderWithApp(<HypothesisLogPage productId={productId} />, { path: `/p/${productId}/hypotheses` });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Pricing page' })).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/p/${productId}/i/`)));

    await userEvent.selectOptions(screen.getByLabelText('Category'), 'Viability');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(location.history?.at(-1)).toBe(`/p/${productId}/hypotheses?category=viability`);
    expect(screen.getByText('1 of 2 hypotheses shown')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'We believe that a yearly plan for small teams.' })).toBeInTheDocument();

    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:log';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(names).toEqual(['hypotheses-acme-field-app.csv']);
    const csv = await blobs[0]!.text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Initiative,Hypothesis,Category,Status,Importance,Evidence,For,Against,Owner,Last change,Learning');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Pricing page,We believe that a yearly plan for small teams\.,Viability,Draft,3,1,0,0,Inès,/);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:log');

    await userEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(names[1]).toBe('hypotheses-acme-field-app.md');
    expect(await blobs[1]!.text()).toMatch(/^# Hypotheses of Acme Field App\n/);
  });

  it('reads its filters and sort from the URL', async () => {
    await renderWithApp(<HypothesisLogPage productId={productId} />, { path: `/p/${productId}/hypotheses?category=desirability&sort=initiative` });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByLabelText('Sort by')).toHaveValue('initiative');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));
  });

  it('speaks French: statement words, statuses, categories and filters', async () => {
    await renderWithApp(<HypothesisLogPage productId={productId} />, { language: 'fr', path: `/p/${productId}/hypotheses` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Journal des hypothèses de Acme Field App' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nous pensons que a yearly plan pour small teams.' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Brouillon')).toHaveLength(2);
    expect(within(table).getByText('Viabilité')).toBeInTheDocument();
    expect(within(screen.getByLabelText('Statut')).getByRole('option', { name: 'Non concluante' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeInTheDocument();
  });
});
