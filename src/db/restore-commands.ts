import type { Initiative } from '../domain/types';
import { CommandError, runCommand } from './command';
import { db } from './db';

/** The product's deleted initiatives, most recently deleted first: restorable from the archive. */
export async function deletedInitiatives(productId: string): Promise<Initiative[]> {
  const all = await db.initiatives.where('[productId+status]').between([productId, ''], [productId, '\uffff']).toArray();
  return all.filter((i) => i.deletedAt !== null).sort((a, b) => b.deletedAt! - a.deletedAt!);
}

/**
 * Brings a deleted initiative back with what was deleted with it (the records stamped with the same
 * deletion time), as they are now: a teammate's edit made while it was deleted is kept.
 */
export function restoreInitiative(id: string): Promise<Initiative> {
  return runCommand('restoreInitiative', async (w) => {
    const initiative = await db.initiatives.get(id);
    if (!initiative) throw new CommandError('initiativeMissing');
    if (initiative.deletedAt === null) throw new CommandError('notDeleted');
    w.scope(initiative.productId, initiative.title);
    const stage = await db.stages.get(initiative.stageId);
    if (!stage || stage.deletedAt !== null) throw new CommandError('stageMissing');
    const when = initiative.deletedAt;
    const now = Date.now();
    const back = { deletedAt: null, updatedAt: now };
    for (const story of await db.stories.where('initiativeId').equals(id).toArray()) if (story.deletedAt === when) await w.update('stories', story.id, back);
    for (const hypothesis of await db.hypotheses.where('initiativeId').equals(id).toArray()) {
      if (hypothesis.deletedAt !== when) continue;
      for (const experiment of await db.experiments.where('hypothesisId').equals(hypothesis.id).toArray()) if (experiment.deletedAt === when) await w.update('experiments', experiment.id, back);
      for (const link of await db.evidence.where('hypothesisId').equals(hypothesis.id).toArray()) if (link.deletedAt === when) await w.update('evidence', link.id, { deletedAt: null });
      await w.update('hypotheses', hypothesis.id, back);
    }
    for (const interview of await db.interviews.where('initiativeId').equals(id).toArray()) {
      if (interview.deletedAt !== when) continue;
      for (const link of await db.evidence.where('interviewId').equals(interview.id).toArray()) if (link.deletedAt === when) await w.update('evidence', link.id, { deletedAt: null });
      await w.update('interviews', interview.id, back);
    }
    return w.update('initiatives', id, back);
  });
}
