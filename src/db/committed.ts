import Dexie from 'dexie';

const waiting = new WeakMap<IDBTransaction, (() => void)[]>();
const heard = new WeakSet<IDBDatabase>();

function committed(event: Event) {
  const tx = event.target as IDBTransaction;
  const listeners = waiting.get(tx);
  if (!listeners) return;
  waiting.delete(tx);
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      console.error(error);
    }
  }
}

/**
 * Calls `listener` the moment the current Dexie transaction commits (never if it aborts), before
 * Dexie's own reaction to the commit: its live queries start reading again first, which held a
 * change for a teammate back by a few milliseconds on a busy board. A transaction's connection
 * is on the path of its events, so a listener capturing there hears the commit first; the one on
 * the transaction is for IndexedDBs that do not pass events through the connection.
 */
export function onCommitted(listener: () => void): void {
  const tx = Dexie.currentTransaction?.idbtrans;
  if (!tx) throw new Error('onCommitted outside a transaction');
  const listeners = waiting.get(tx);
  if (listeners) {
    listeners.push(listener);
    return;
  }
  waiting.set(tx, [listener]);
  tx.addEventListener('complete', committed);
  if (!heard.has(tx.db)) {
    heard.add(tx.db);
    tx.db.addEventListener('complete', committed, { capture: true });
  }
}
