import { deliveryGate, type GateGap } from '../domain/discovery/gate';
import { db } from './db';

/** What the initiative lacks to enter Delivery, read from its hypotheses and stories. */
export async function deliveryGateFor(initiativeId: string): Promise<GateGap[]> {
  const [hypotheses, stories] = await Promise.all([
    db.hypotheses.where('initiativeId').equals(initiativeId).toArray(),
    db.stories.where('initiativeId').equals(initiativeId).toArray(),
  ]);
  return deliveryGate(hypotheses, stories);
}
