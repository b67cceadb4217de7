import { strategyFieldsOf, validateStrategy, type StrategyFields } from '../domain/strategy/fields';
import { isScoringFramework, scoringOf } from '../domain/strategy/scores';
import { thresholdErrors, type Thresholds } from '../domain/strategy/matrix';
import type { NorthStar, ScoringFramework } from '../domain/strategy/types';
import type { Product } from '../domain/types';
import { CommandError, runCommand } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';

export type StrategyPatch = Partial<Omit<StrategyFields, 'northStar'> & { northStar: Partial<NorthStar> }>;

/**
 * Edits the product's vision, segments, value proposition, competitors or north star: only the
 * fields given, and of the north star only the figures given, so one another tab saved meanwhile
 * keeps its value. Typing moments apart undoes as one; a save that changes nothing writes nothing.
 */
export async function editStrategy(productId: string, patch: StrategyPatch): Promise<Product> {
  return runCommand(
    'editStrategy',
    async (w) => {
      const product = await requireLive('products', productId, 'productMissing');
      w.scope(productId, product.name);
      const fields = strategyFieldsOf(product);
      const { values, errors } = validateStrategy(patch.northStar ? { ...patch, northStar: { ...fields.northStar, ...patch.northStar } } : patch);
      refuseInvalid(errors);
      // Compared with the fields as shown (absent is empty), so an untouched empty field is never written.
      const changed = changedFields(fields, values);
      if (Object.keys(changed).length === 0) return product;
      return w.update('products', productId, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Picks how the product scores its initiatives; the inputs of the other framework are kept. */
export async function setScoring(productId: string, framework: ScoringFramework): Promise<Product> {
  if (!isScoringFramework(framework)) throw new CommandError('valueInvalid');
  return runCommand('setScoring', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    if (scoringOf(product) === framework) return product;
    return w.update('products', productId, { scoring: framework, updatedAt: Date.now() });
  });
}

/**
 * Sets where the value × effort matrix splits high from low in the product's current framework,
 * or goes back to the medians (null). Bad figures are refused field by field, nothing written.
 */
export async function setMatrixThresholds(productId: string, thresholds: Thresholds | null): Promise<Product> {
  if (thresholds) refuseInvalid(thresholdErrors(thresholds) ?? {});
  return runCommand('setMatrixThresholds', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    const framework = scoringOf(product);
    const { [framework]: current, ...others } = product.matrixThresholds ?? {};
    if (current?.value === thresholds?.value && current?.effort === thresholds?.effort) return product;
    return w.update('products', productId, { matrixThresholds: thresholds ? { ...others, [framework]: thresholds } : others, updatedAt: Date.now() });
  });
}
