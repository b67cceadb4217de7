/** The browser's storage for this site: how much is used, and whether it may be evicted. */

export interface StorageStatus {
  /** Bytes, or null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** Null when the browser cannot make storage persistent. */
  persisted: boolean | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks the browser to keep this site's data; null when it cannot. */
export async function askPersistentStorage(): Promise<boolean | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return null;
  return storage.persist().catch(() => false);
}

/** Bytes in MB below a gigabyte, in GB above, in the UI language's number format. */
export function formatBytes(bytes: number, language: string): string {
  const gigabytes = bytes >= 1e9;
  return new Intl.NumberFormat(language, { style: 'unit', unit: gigabytes ? 'gigabyte' : 'megabyte', maximumFractionDigits: 1 }).format(bytes / (gigabytes ? 1e9 : 1e6));
}
