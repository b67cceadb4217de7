import { lazy, Suspense, useState } from 'react';
import { entersDelivery } from '../domain/lanes';
import type { Lane } from '../domain/types';
import type { GateAnswer, GateRequest } from './gate-dialog';

export type { GateAnswer } from './gate-dialog';

// Most moves never meet the gate: its rules and dialog load the first time one does.
const GateDialog = lazy(() => import('./gate-dialog').then((m) => ({ default: m.GateDialog })));

/**
 * The gate into Delivery, for every way of moving a card: `confirm` resolves at once when the
 * move does not enter Delivery or nothing is missing; otherwise it shows what is missing and lets
 * the user go on with a reason, or cancel. Render `dialog` where the hook is used.
 */
export function useDeliveryGate() {
  const [request, setRequest] = useState<GateRequest | null>(null);
  const confirm = async (initiative: { id: string; productId: string; title: string; lane: Lane }, toLane: Lane): Promise<GateAnswer> => {
    if (!entersDelivery(initiative.lane, toLane)) return { proceed: true, reason: '' };
    const { deliveryGateFor } = await import('../db/gate');
    const gaps = await deliveryGateFor(initiative.id);
    if (gaps.length === 0) return { proceed: true, reason: '' };
    return new Promise((resolve) => setRequest({ productId: initiative.productId, initiativeId: initiative.id, title: initiative.title, gaps, resolve }));
  };
  const dialog = request ? (
    <Suspense fallback={null}>
      <GateDialog
        request={request}
        onAnswer={(answer) => {
          setRequest(null);
          request.resolve(answer);
        }}
      />
    </Suspense>
  ) : null;
  return { confirm, dialog };
}
