import { db } from '../../../src/db/db';
import { logHypothesis, type HypothesisFields } from '../../../src/db/hypothesis-commands';
import { createInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins/ids';
import { useNotices } from '../../../src/ui/notices';

/** A fresh database with one product and two initiatives in Discovery. */
export async function discoveryFixture() {
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  const product = await createProduct('Acme Field App');
  const stages = await liveStages(product.id);
  const exploring = stages.find((s) => s.defaultKey === 'exploring')!;
  const offline = await createInitiative(exploring.id, { title: 'Offline mode' });
  const pricing = await createInitiative(exploring.id, { title: 'Pricing page' });
  return { product, offline, pricing };
}

export function hypothesisFields(patch: Partial<HypothesisFields> = {}): HypothesisFields {
  return {
    belief: 'offline sync',
    persona: 'field technicians',
    outcome: 'fewer lost reports',
    signal: 'reports filed from the field',
    threshold: '',
    category: 'desirability',
    importance: 3,
    evidence: 1,
    owner: '',
    ...patch,
  };
}

export function addHypothesis(initiativeId: string, patch: Partial<HypothesisFields> = {}) {
  return logHypothesis(initiativeId, BUILTIN_IDS.hypothesis, 'en', hypothesisFields(patch));
}
