import { useEffect } from 'react';
import { onBoardFollowed } from '../db/board-follow-events';
import { useTranslation } from '../i18n/i18n';
import { announce } from '../ui/announcer';
import { showNotice } from '../ui/notices';
import { stageName } from '../ui/stage-name';

/** Says which cards the board moved by itself, following the sprint, wherever the user is. */
export function useBoardFollowNotices() {
  const { t } = useTranslation();
  useEffect(
    () =>
      onBoardFollowed((moved, to) => {
        const message =
          moved.length === 1 ? t('board.followed', { title: moved[0]!.title, stage: stageName(to, t) }) : t('board.followedMany', { count: moved.length, stage: stageName(to, t) });
        showNotice({ kind: 'info', message });
        announce(message);
      }),
    [t],
  );
}
