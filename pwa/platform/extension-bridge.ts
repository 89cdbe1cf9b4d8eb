/**
 * The PWA's end of the sync with the SIM Keeper extension (shared/sync/sync-protocol.ts). When the
 * extension is installed in the same Chrome, it lets this origin reach it (externally_connectable)
 * and Chrome gives the page chrome.runtime.sendMessage; then the PWA sends its records, and merges
 * the extension's reply. It syncs when the app opens, when it comes back into view, every five minutes
 * while in view, and on "Sync now". Elsewhere (other browsers, no extension) it says so and
 * does nothing.
 */
import type { SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';
import { localToday } from '../../shared/clock/today';
import { nowTimestamp } from '../../shared/clock/timestamp';
import { EXTENSION_ID } from '../../shared/sync/extension-id';
import { parseSyncReply, syncRequest } from '../../shared/sync/sync-protocol';
import { applySnapshot, snapshotForSync } from '../../shared/sync/sync-store';

export interface BridgeStatus {
  state: 'checking' | 'absent' | 'connected' | 'failed';
  /** ISO timestamp of the last sync that went through. */
  lastSyncedAt: string | null;
  error: string | null;
}

/** What Chrome gives a page that an extension lets in (not in the PWA's types: the PWA has no chrome types). */
interface ExternalRuntime {
  sendMessage(extensionId: string, message: unknown, reply: (answer: unknown) => void): void;
  lastError?: { message?: string };
}

/** Each round sends every record (until the real merge sends only changes): every five minutes is plenty. */
const SYNC_EVERY_MS = 5 * 60_000;

let status: BridgeStatus = { state: 'checking', lastSyncedAt: null, error: null };
const listeners = new Set<(status: BridgeStatus) => void>();

function setStatus(next: BridgeStatus): BridgeStatus {
  status = next;
  for (const listener of listeners) listener(status);
  return status;
}

export function bridgeStatus(): BridgeStatus {
  return status;
}

/** Calls `listener` on every change of the status; returns the unsubscribe. */
export function onBridgeStatus(listener: (status: BridgeStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function runtime(): ExternalRuntime | null {
  const chrome = (globalThis as { chrome?: { runtime?: Partial<ExternalRuntime> } }).chrome;
  return typeof chrome?.runtime?.sendMessage === 'function' ? (chrome.runtime as ExternalRuntime) : null;
}

function send(rt: ExternalRuntime, message: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    rt.sendMessage(EXTENSION_ID, message, (answer) => {
      // Read lastError in the callback, or Chrome logs it as unchecked.
      const error = rt.lastError;
      if (error) reject(new Error(error.message ?? 'no answer'));
      else resolve(answer);
    });
  });
}

/**
 * One round: our records out, the extension's back, merged. Returns how many records the
 * extension's reply changed here (the app reloads when it is more than none).
 */
export async function syncWithExtension(db: SimKeeperDb, today: IsoDate = localToday()): Promise<number> {
  const rt = runtime();
  if (rt === null) {
    setStatus({ state: 'absent', lastSyncedAt: null, error: null });
    return 0;
  }
  try {
    const reply = parseSyncReply(await send(rt, syncRequest(await snapshotForSync(db))));
    if (reply === null) throw new Error('the extension gave no sync reply');
    if (!reply.ok) throw new Error(reply.error);
    const { changed } = await applySnapshot(db, reply.snapshot, today);
    setStatus({ state: 'connected', lastSyncedAt: nowTimestamp(), error: null });
    return changed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "Could not establish connection": Chrome knows no such extension here.
    const absent = /establish connection|does not exist|Invalid extension id/i.test(message);
    setStatus({ state: absent ? 'absent' : 'failed', lastSyncedAt: status.lastSyncedAt, error: absent ? null : message });
    return 0;
  }
}

/**
 * Starts syncing; `onChanged` shows new data (the app's reload). The store is opened only when
 * Chrome offers a way to the extension: elsewhere its code need not load just to say "absent".
 */
export function startExtensionBridge(openDb: () => Promise<SimKeeperDb>, onChanged: () => Promise<void>): void {
  if (runtime() === null) {
    setStatus({ state: 'absent', lastSyncedAt: null, error: null });
    return; // no extension can appear without a reload
  }
  const round = () => {
    void openDb().then((db) => syncWithExtension(db)).then((changed) => (changed > 0 ? onChanged() : undefined));
  };
  round();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') round();
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') round();
  }, SYNC_EVERY_MS);
}
