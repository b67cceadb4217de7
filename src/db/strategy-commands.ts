import { strategyFieldsOf, validateStrategy, type StrategyFields } from '../domain/strategy/fields';
import { isScoringFramework, scoringOf } from '../domain/strategy/scores';
import type { ScoringFramework } from '../domain/strategy/types';
import type { Product } from '../domain/types';
import { CommandError, runCommand } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';

/**
 * Edits the product's vision, segments, value proposition, competitors or north star. Typing
 * moments apart undoes as one; a save that changes nothing writes nothing.
 */
export async function editStrategy(productId: string, patch: Partial<StrategyFields>): Promise<Product> {
  const { values, errors } = validateStrategy(patch);
  refuseInvalid(errors);
  return runCommand(
    'editStrategy',
    async (w) => {
      const product = await requireLive('products', productId, 'productMissing');
      w.scope(productId, product.name);
      // Compared with the fields as shown (absent is empty), so an untouched empty field is never written.
      const changed = changedFields(strategyFieldsOf(product), values);
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
