import { liveQuery } from 'dexie';
import { db } from '../../db/db';
import { startAutoSnapshots } from '../../db/snapshot-schedule';
import { askPersistentStorage } from './storage';

const ASKED_KEY = 'plb.persistentStorageAsked';

/**
 * Asks the browser, once, to keep the data (navigator.storage.persist()) after the user's first
 * real edit: the first entry of the activity log. Asking earlier would show Firefox's prompt to
 * someone who has not used the app yet; the Data page has a button to ask again.
 */
function askPersistenceAfterFirstEdit() {
  if (localStorage.getItem(ASKED_KEY) || !navigator.storage?.persist) return;
  const subscription = liveQuery(() => db.activity.count()).subscribe({
    next: (count) => {
      if (count === 0) return;
      subscription.unsubscribe();
      localStorage.setItem(ASKED_KEY, String(Date.now()));
      void navigator.storage.persisted().then((persisted) => persisted || askPersistentStorage());
    },
    error: () => subscription.unsubscribe(),
  });
}

/** What keeps the user's data safe while the app runs: automatic snapshots and persistent storage. */
export function startDataSafety() {
  startAutoSnapshots();
  askPersistenceAfterFirstEdit();
}
