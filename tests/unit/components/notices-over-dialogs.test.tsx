import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/ui/dialog';
import { showNotice, useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

beforeEach(() => useNotices.setState({ notices: [] }));

describe('notices and modal dialogs', () => {
  it('render inside the open modal dialog, where they stay usable, and back in the page once it closes', async () => {
    const undo = vi.fn();
    const { rerender } = await renderWithApp(
      <Dialog title="Initiative" onClose={() => undefined}>
        <p>Body</p>
      </Dialog>,
    );
    act(() => showNotice({ kind: 'info', message: 'Deleted.', action: { label: 'Undo', run: undo } }));
    const dialog = screen.getByRole('dialog', { name: 'Initiative' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();

    act(() => showNotice({ kind: 'error', message: 'Could not save.' }));
    rerender(<p>No dialog</p>);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save.');
  });
});
