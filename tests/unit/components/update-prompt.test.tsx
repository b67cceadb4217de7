import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/app/update-prompt';
import { useNotices } from '../../../src/ui/notices';
import { registrations, switchToNewVersion } from '../stubs/service-worker';
import { renderWithApp } from './render';

vi.mock('../../../src/app/service-worker', () => import('../stubs/service-worker'));

beforeEach(() => {
  useNotices.setState({ notices: [] });
});

describe('UpdatePrompt', () => {
  it('registers once, says when the app works offline, and offers a new version until acted on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      // Two mounted prompts (say, the shell rendered twice) still make one registration.
      const { unmount } = await renderWithApp(
        <>
          <UpdatePrompt />
          <UpdatePrompt />
        </>,
      );
      expect(registrations).toHaveLength(1);
      const options = registrations[0]!;

      act(() => options.onOfflineReady?.());
      expect(screen.getByText('Ready to work offline.')).toBeInTheDocument();

      act(() => options.onNeedRefresh?.());
      act(() => options.onNeedRefresh?.());
      expect(screen.getAllByText('A new version of the app is available.')).toHaveLength(1);

      // Info notices fade out; the update notice stays until the user acts on it.
      act(() => vi.advanceTimersByTime(10_000));
      expect(screen.queryByText('Ready to work offline.')).toBeNull();
      expect(screen.getByText('A new version of the app is available.')).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
      expect(switchToNewVersion).toHaveBeenCalledTimes(1);
      expect(screen.queryByText('A new version of the app is available.')).toBeNull();
      unmount();

      // Mounted again later: no second registration, and the notice speaks the current language.
      await renderWithApp(<UpdatePrompt />, { language: 'fr' });
      expect(registrations).toHaveLength(1);
      act(() => options.onNeedRefresh?.());
      expect(screen.getByText('Une nouvelle version de l’application est disponible.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
