/** When an initiative's askers should hear back: it shipped (released), or the team dropped it. */
import { isReleased } from '../delivery/outcome';
import type { Initiative, Stage } from '../types';

/** Why the loop is to close: shipped or in the Released stage, parked, or killed. */
export type LoopReason = 'released' | 'parked' | 'killed';

/** The reason to tell the customers who asked, or null while the initiative is still being worked on. */
export function loopToClose(initiative: Pick<Initiative, 'status'>, stage: Pick<Stage, 'defaultKey' | 'deletedAt'> | undefined): LoopReason | null {
  if (isReleased(initiative, stage)) return 'released';
  return initiative.status === 'parked' || initiative.status === 'killed' ? initiative.status : null;
}
