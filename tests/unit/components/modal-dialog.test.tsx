import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../../src/ui/dialog';
import { renderWithApp } from './render';

describe('a modal dialog', () => {
  it('closes once on Escape (the cancel the browser asks first), and once when the browser closed it without asking', async () => {
    const onClose = vi.fn();
    const { unmount } = await renderWithApp(
      <Dialog title="Initiative" onClose={onClose}>
        <p>Body</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Initiative' }) as HTMLDialogElement;

    const cancel = new Event('cancel', { cancelable: true });
    act(() => void dialog.dispatchEvent(cancel));
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);

    // Chromium closes a dialog on Escape without a cancel event when the page was not used since it opened.
    act(() => {
      dialog.close();
      dialog.dispatchEvent(new Event('close'));
    });
    expect(onClose).toHaveBeenCalledTimes(2);

    unmount();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
