/**
 * What the content scripts may ask of the background: they never open IndexedDB (they run in the
 * site's origin); the background checks each message's shape and sender, validates, and writes.
 * Wired into the background's chrome.runtime.onMessage by extension/background/.
 */
import type { SimKeeperDb } from '../../shared/db/index';
import type { IsoDate } from '../../shared/rules/dates';

/** Answers one message from a content script; `sender` is chrome's MessageSender. */
export async function handleContentMessage(
  _db: SimKeeperDb, _message: unknown, _sender: { id?: string; url?: string; tab?: unknown }, _today: IsoDate,
): Promise<{ ok: false; error: string }> {
  return { ok: false, error: 'not implemented yet' };
}
