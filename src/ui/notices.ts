import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void };
  /** An info notice that stays until acted on or dismissed (such as "a new version is available"). */
  persistent?: boolean;
}

interface NoticeState {
  notices: Notice[];
  noticeShown: (notice: Omit<Notice, 'id'>) => number;
  noticeDismissed: (id: number) => void;
}

let nextId = 1;
const MAX_SHOWN = 3;

/** Messages for the user: errors (and persistent info) stay until dismissed, info fades out (see notice-region.tsx). */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  noticeShown: (notice) => {
    const id = nextId++;
    set((s) => ({ notices: [...s.notices, { ...notice, id }].slice(-MAX_SHOWN) }));
    return id;
  },
  noticeDismissed: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const showNotice = (notice: Omit<Notice, 'id'>) => useNotices.getState().noticeShown(notice);

/** Shows a notice unless the same message is showing already: two places may see one event (sharing stopped by this tab and by the server). */
export function showNoticeOnce(notice: Omit<Notice, 'id'>) {
  if (useNotices.getState().notices.some((shown) => shown.message === notice.message)) return;
  showNotice(notice);
}
