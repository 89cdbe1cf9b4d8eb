/**
 * The extension's end of the sync with the PWA (shared/sync/sync-protocol.ts): a message from
 * outside is answered only when it comes from the PWA's origin and has the shape of a sync
 * request; then the PWA's records are merged (validated record by record, all or nothing) and the
 * extension's own, as they are after the merge, go back in the reply. Everything else is refused
 * with a reason and changes nothing.
 */
import type { SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';
import { isPwaOrigin } from '../../shared/sync/sync-origin';
import { parseSyncRequest, type SyncReply } from '../../shared/sync/sync-protocol';
import { applySnapshot, snapshotForSync } from '../../shared/sync/sync-store';

/** The origin of an external message's sender (chrome's MessageSender). */
export function senderOrigin(sender: { origin?: string; url?: string }): string | null {
  if (sender.origin) return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}

export async function answerSync(
  db: SimKeeperDb, message: unknown, sender: { origin?: string; url?: string }, allowedOrigin: string, today: IsoDate,
): Promise<SyncReply> {
  if (!isPwaOrigin(senderOrigin(sender), allowedOrigin)) return { ok: false, error: 'origin not allowed' };
  const request = parseSyncRequest(message);
  if (request === null) return { ok: false, error: 'not a sync request' };
  try {
    const { changed } = await applySnapshot(db, request.snapshot, today);
    return { ok: true, snapshot: await snapshotForSync(db), changed };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
