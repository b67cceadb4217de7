import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BoardPage } from '../../../src/features/board/board-page';
import { renderWithApp, sampleProduct } from './render';

let productId: string;

// jsdom lays nothing out; give the stage scrollers a height so the virtualiser renders cards.
// (The virtualiser reads offsetHeight; clientHeight too, for the code that measures scrolling.)
const HEIGHTS = ['clientHeight', 'offsetHeight'] as const;
const originals = HEIGHTS.map((property) => [property, Object.getOwnPropertyDescriptor(HTMLElement.prototype, property)] as const);
beforeAll(() => {
  for (const property of HEIGHTS) {
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.stageScroll ? 600 : 0;
      },
    });
  }
});
afterAll(() => {
  for (const [property, original] of originals) {
    if (original) Object.defineProperty(HTMLElement.prototype, property, original);
    else Reflect.deleteProperty(HTMLElement.prototype, property);
  }
});

beforeEach(async () => {
  productId = await sampleProduct('fr');
});

describe('BoardPage', () => {
  it('renders each lane as a named region, each stage as a named list of cards, with counts', async () => {
    await renderWithApp(<BoardPage productId={productId} />, { language: 'fr' });
    const strategy = await screen.findByRole('region', { name: 'Stratégie' });
    expect(screen.getByRole('region', { name: 'Discovery' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Delivery' })).toBeInTheDocument();
    const framing = await within(strategy).findByRole('list', { name: 'Cadrage' });
    expect(await within(framing).findAllByRole('listitem')).toHaveLength(2);
    expect(within(framing).getAllByRole('button', { name: /^Mode hors ligne pour les techniciens/ })).toHaveLength(1);
    expect(within(framing).getByRole('button', { name: 'Déplacer « Listes de courses partagées » vers…' })).toBeInTheDocument();
    expect(await within(strategy).findByText('4 cartes')).toBeInTheDocument();
  });

  it('gives every card its true position in the stage for assistive technologies', async () => {
    await renderWithApp(<BoardPage productId={productId} />);
    const released = await screen.findByRole('list', { name: 'Released' });
    const items = await within(released).findAllByRole('listitem');
    expect(items.map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).toEqual([
      ['1', '2'],
      ['2', '2'],
    ]);
  });
});
