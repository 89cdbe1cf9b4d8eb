/**
 * The sync's status as the extension keeps it: when the PWA last synced, and the last failure.
 * In chrome.storage.local (the "storage" permission), not in the SIM store: it is about this
 * browser, and it must not travel with the records it describes.
 */
export interface SyncStatus {
  /** ISO timestamp of the last sync that went through, or null. */
  lastSyncedAt: string | null;
  /** Why the last attempt failed, or null when it went through. */
  lastError: string | null;
}

const KEY = 'syncStatus';

export async function readSyncStatus(): Promise<SyncStatus> {
  const stored = (await chrome.storage.local.get(KEY))[KEY] as Partial<SyncStatus> | undefined;
  return { lastSyncedAt: stored?.lastSyncedAt ?? null, lastError: stored?.lastError ?? null };
}

export async function recordSyncStatus(status: SyncStatus): Promise<void> {
  await chrome.storage.local.set({ [KEY]: status });
}
