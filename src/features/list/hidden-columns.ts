import { create } from 'zustand';
import { hiddenColumns } from '../../domain/list-columns';
import type { ListColumn } from '../../domain/list-view';

const KEY = 'plb.list-columns';

function remembered(): ListColumn[] {
  try {
    return hiddenColumns(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
  } catch {
    // Blocked or damaged storage: every column shows.
    return [];
  }
}

interface HiddenColumns {
  hidden: ListColumn[];
  columnsHidden: (hidden: ListColumn[]) => void;
}

/**
 * The list columns this browser hides: a preference of this browser, never user data. Kept apart
 * from the shell's preferences so the first visit does not load the list's column names.
 */
export const useHiddenColumns = create<HiddenColumns>()((set) => ({
  hidden: remembered(),
  columnsHidden: (hidden) => set({ hidden }),
}));

useHiddenColumns.subscribe(({ hidden }) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(hidden));
  } catch {
    // Storage full or blocked: the choice holds for this visit.
  }
});
