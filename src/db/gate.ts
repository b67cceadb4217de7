import { deliveryGate, type GateGap } from '../domain/discovery/gate';
import { db } from './db';

/** What the initiative lacks to enter Delivery, read from its hypotheses. */
export async function deliveryGateFor(initiativeId: string): Promise<GateGap[]> {
  return deliveryGate(await db.hypotheses.where('initiativeId').equals(initiativeId).toArray());
}
