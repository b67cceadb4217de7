import { drafts } from '../../ui/draft-store';
import { moveCommands } from './move-commands';

/** A drop as the user made it: enough to make it again, and to tell whether it already happened. */
export interface JournaledMove {
  id: string;
  fromStageId: string;
  fromRank: string;
  toStageId: string;
  beforeId: string | null;
  afterId: string | null;
  gateReason: string;
}

const KEY = 'board.moves';

/**
 * A drop shows at once and is written a few milliseconds later. The journal, written synchronously
 * at the drop, covers the gap: a reload or crash in between replays the move on the next load.
 */
export const moveJournal = {
  add(move: JournaledMove) {
    drafts.write(KEY, [...this.list().filter((m) => m.id !== move.id), move]);
  },
  done(id: string) {
    const rest = this.list().filter((m) => m.id !== id);
    if (rest.length) drafts.write(KEY, rest);
    else drafts.clear(KEY);
  },
  list(): JournaledMove[] {
    return drafts.read<JournaledMove[]>(KEY) ?? [];
  },
  /** Makes the moves a reload interrupted, unless the card has moved since (then the newer state wins). */
  async replay() {
    const moves = this.list();
    if (moves.length === 0) return;
    const { moveInitiative } = await moveCommands();
    for (const move of moves) {
      const expect = { stageId: move.fromStageId, rank: move.fromRank };
      await moveInitiative(move.id, move.toStageId, move.beforeId, move.afterId, { expect, gateReason: move.gateReason }).catch(() => undefined);
      this.done(move.id);
    }
  },
};
