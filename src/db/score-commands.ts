import { ranksBetween } from '../domain/ranking';
import { isScoringFramework, scoreOf, scoringOf, sortByScore, validateIce, validateRice } from '../domain/strategy/scores';
import type { IceInputs, RiceInputs, ScoringFramework } from '../domain/strategy/types';
import type { Initiative } from '../domain/types';
import { CommandError, runCommand } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { activeInStage } from './queries';

export type ScoreInputs = Partial<RiceInputs> | Partial<IceInputs>;

/**
 * Sets an initiative's inputs for a framework: only those given change (one another tab saved
 * meanwhile keeps its value), and an input never given is empty. Typing moments apart undoes as
 * one; a save that changes nothing writes nothing.
 */
export async function scoreInitiative(initiativeId: string, framework: ScoringFramework, inputs: ScoreInputs): Promise<Initiative> {
  if (!isScoringFramework(framework)) throw new CommandError('valueInvalid');
  return runCommand(
    'scoreInitiative',
    async (w) => {
      const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
      w.scope(initiative.productId, initiative.title);
      const typed = { ...initiative.score?.[framework], ...inputs };
      const { values, errors } = framework === 'rice' ? validateRice(typed as Partial<RiceInputs>) : validateIce(typed as Partial<IceInputs>);
      refuseInvalid(errors);
      if (Object.keys(changedFields({ [framework]: initiative.score?.[framework] }, { [framework]: values })).length === 0) return initiative;
      return w.update('initiatives', initiativeId, { score: { ...initiative.score, [framework]: values }, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

export interface StageSortResult {
  framework: ScoringFramework;
  /** Whether any card moved (false when the stage was already in score order or has no score). */
  changed: boolean;
  scored: number;
  unscored: number;
}

/**
 * Re-orders a Strategy stage once by the product's score, the highest first and the unscored
 * last, in one undoable step. It is not a standing sort: the user can still move cards by hand.
 */
export function sortStageByScore(stageId: string): Promise<StageSortResult> {
  return runCommand('sortStageByScore', async (w) => {
    const stage = await requireLive('stages', stageId, 'stageMissing');
    if (stage.lane !== 'strategy') throw new CommandError('sortNotStrategy');
    const product = await requireLive('products', stage.productId, 'productMissing');
    w.scope(stage.productId, product.name);
    const framework = scoringOf(product);
    const cards = await activeInStage(stageId);
    const sorted = sortByScore(cards, framework);
    const scored = sorted.filter((c) => scoreOf(c.score, framework) !== null).length;
    const result = { framework, scored, unscored: cards.length - scored };
    if (scored === 0 || sorted.every((card, i) => card.id === cards[i]!.id)) return { ...result, changed: false };
    const ranks = ranksBetween(null, null, sorted.length);
    const now = Date.now();
    for (const [i, card] of sorted.entries()) await w.update('initiatives', card.id, { rank: ranks[i]!, updatedAt: now });
    return { ...result, changed: true };
  });
}
