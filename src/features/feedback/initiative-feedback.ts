import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { feedbackOfInitiative } from '../../db/feedback-queries';
import { loopToClose, type LoopReason } from '../../domain/feedback/close-the-loop';
import { demandByInitiative, type Demand } from '../../domain/feedback/demand';
import { askersOf, newestFirst, type Asker } from '../../domain/feedback/inbox';
import type { Account, FeedbackLink, FeedbackNote } from '../../domain/feedback/types';
import type { Initiative } from '../../domain/types';

export interface InitiativeFeedback {
  /** The live links, their notes newest first. */
  links: { link: FeedbackLink; note: FeedbackNote; account: Account | null }[];
  demand: Demand | undefined;
  askers: Asker[];
  /** Why the askers should hear back now, or null while the work goes on. */
  loop: LoopReason | null;
}

/** An initiative's feedback, live: the notes linked to it, its demand, and who to tell once it ships or is dropped. */
export function useInitiativeFeedback(initiative: Initiative): InitiativeFeedback | undefined {
  return useLiveQuery(async () => {
    const [{ links, notes, accounts }, stage] = await Promise.all([feedbackOfInitiative(initiative.id), db.stages.get(initiative.stageId)]);
    const noteList = [...notes.values()];
    const accountList = [...accounts.values()];
    const order = new Map(newestFirst(noteList).map((note, index) => [note.id, index]));
    return {
      links: links
        .map((link) => {
          const note = notes.get(link.feedbackId)!;
          return { link, note, account: note.accountId ? (accounts.get(note.accountId) ?? null) : null };
        })
        .sort((a, b) => order.get(a.note.id)! - order.get(b.note.id)! || a.link.createdAt - b.link.createdAt),
      demand: demandByInitiative(links, noteList, accountList).get(initiative.id),
      askers: askersOf(initiative.id, links, noteList, accountList),
      loop: loopToClose(initiative, stage),
    };
  }, [initiative.id, initiative.stageId, initiative.status]);
}
