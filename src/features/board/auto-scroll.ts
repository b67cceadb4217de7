const EDGE = 56;
const MAX_STEP = 18;
/** Holding at an edge speeds the scroll up, so the end of a stage of hundreds of cards is seconds away. */
const MAX_BOOST = 12;
const BOOST_PER_SECOND = 4;

function step(distanceIn: number, heldMs: number): number {
  const boost = Math.min(MAX_BOOST, 1 + (heldMs / 1000) * BOOST_PER_SECOND);
  return Math.ceil(MAX_STEP * (1 - Math.max(0, distanceIn) / EDGE) * boost);
}

/**
 * Scrolls the column under the pointer (and the board sideways) while a card is held near an
 * edge. dnd-kit's own auto-scroll only knows the scroll parents of the card's first column.
 */
export function createAutoScroller(onScrolled: () => void) {
  let frame = 0;
  let column: HTMLElement | null = null;
  let board: HTMLElement | null = null;
  let point = { x: 0, y: 0 };
  let heldSince = 0;

  const tick = () => {
    frame = 0;
    let moved = false;
    const held = heldSince ? performance.now() - heldSince : 0;
    if (column) {
      const r = column.getBoundingClientRect();
      if (point.y < r.top + EDGE && column.scrollTop > 0) {
        column.scrollTop -= step(point.y - r.top, held);
        moved = true;
      } else if (point.y > r.bottom - EDGE && column.scrollTop + column.clientHeight < column.scrollHeight) {
        column.scrollTop += step(r.bottom - point.y, held);
        moved = true;
      }
    }
    if (board) {
      const r = board.getBoundingClientRect();
      if (point.x < r.left + EDGE && board.scrollLeft > 0) {
        board.scrollLeft -= step(point.x - r.left, held);
        moved = true;
      } else if (point.x > r.right - EDGE && board.scrollLeft + board.clientWidth < board.scrollWidth) {
        board.scrollLeft += step(r.right - point.x, held);
        moved = true;
      }
    }
    if (moved) {
      heldSince ||= performance.now();
      onScrolled();
      frame = requestAnimationFrame(tick);
    } else {
      heldSince = 0;
    }
  };

  return {
    update(next: { x: number; y: number }, columnEl: HTMLElement | null, boardEl: HTMLElement | null) {
      point = next;
      column = columnEl;
      board = boardEl;
      if (!frame) frame = requestAnimationFrame(tick);
    },
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
      heldSince = 0;
      column = null;
      board = null;
    },
  };
}
