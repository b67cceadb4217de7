import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/ui/tabs';

const TABS = [
  { id: 'one', label: 'One' },
  { id: 'two', label: 'Two' },
  { id: 'three', label: 'Three' },
] as const;

function Harness() {
  const [selected, setSelected] = useState<(typeof TABS)[number]['id']>('one');
  return (
    <Tabs label="Sections" tabs={TABS} selected={selected} onSelect={setSelected}>
      <p>Panel {selected}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('is one tab stop whose arrows, Home and End select and focus a tab, then Tab goes to its panel', async () => {
    render(<Harness />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(screen.getByRole('tablist', { name: 'Sections' })).toBeInTheDocument();
    expect(tab('One')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Two')).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel', { name: 'One' })).toHaveTextContent('Panel one');

    await userEvent.tab();
    expect(tab('One')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('Two')).toHaveFocus();
    expect(tab('Two')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Two' })).toHaveTextContent('Panel two');
    await userEvent.keyboard('{End}');
    expect(tab('Three')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('One')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    expect(tab('Three')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(tab('One')).toHaveFocus();
    // The other tabs are not tab stops: Tab leaves the list for the panel.
    await userEvent.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  it('selects a tab on click, and only the selected tab controls the panel shown', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('tab', { name: 'Three' }));
    const panel = screen.getByRole('tabpanel', { name: 'Three' });
    expect(screen.getByRole('tab', { name: 'Three' })).toHaveAttribute('aria-controls', panel.id);
    expect(screen.getByRole('tab', { name: 'One' })).not.toHaveAttribute('aria-controls');
  });
});
