import { useLayoutEffect, useRef } from 'react';

/**
 * For a table with the `table--stack` class: on a phone it shows one block per row, each cell
 * labelled with its column's header (CSS reads `data-label`), so no page scrolls sideways. The
 * headers stay the table's own for screen readers; the labels are only drawn.
 */
export function useStackedTable() {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        [...row.cells].forEach((cell, index) => {
          if (cell.colSpan === 1 && headers[index] && cell.dataset.label !== headers[index]) cell.dataset.label = headers[index];
        });
      }
    }
  });
  return ref;
}
