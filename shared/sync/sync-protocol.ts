/**
 * The sync's one message and its reply. The PWA sends its snapshot; the extension merges it,
 * answers with its own (taken after the merge), and the PWA merges that: after one round both
 * hold the union. Every message is checked for shape before anything is read from it; the
 * records themselves are validated by the merge (shared/sync/sync-store.ts).
 */
import type { SyncSnapshot } from './sync-store';

export const SYNC_KIND = 'sim-keeper/sync';
export const SYNC_VERSION = 1;
/** Far above any real store (a SIM a day for years), far below what could choke the worker. */
export const MAX_RECORDS = 200_000;

export interface SyncRequest {
  kind: typeof SYNC_KIND;
  version: typeof SYNC_VERSION;
  snapshot: SyncSnapshot;
}

export type SyncReply = { ok: true; snapshot: SyncSnapshot; changed: number } | { ok: false; error: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists of objects, not too many: the records' fields are the merge's to validate. */
function isRecordList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length <= MAX_RECORDS && value.every(isObject);
}

export function isSnapshot(value: unknown): value is SyncSnapshot {
  return isObject(value) && isRecordList(value.sims) && isRecordList(value.events);
}

/** The message, if it is a sync request of this version; null for anything else. */
export function parseSyncRequest(message: unknown): SyncRequest | null {
  if (!isObject(message) || message.kind !== SYNC_KIND || message.version !== SYNC_VERSION) return null;
  return isSnapshot(message.snapshot) ? (message as unknown as SyncRequest) : null;
}

export function syncRequest(snapshot: SyncSnapshot): SyncRequest {
  return { kind: SYNC_KIND, version: SYNC_VERSION, snapshot };
}

/** The reply, if it has the shape of one; null for anything else. */
export function parseSyncReply(reply: unknown): SyncReply | null {
  if (!isObject(reply)) return null;
  if (reply.ok === false && typeof reply.error === 'string') return { ok: false, error: reply.error };
  if (reply.ok === true && isSnapshot(reply.snapshot) && typeof reply.changed === 'number') {
    return { ok: true, snapshot: reply.snapshot, changed: reply.changed };
  }
  return null;
}
