/**
 * Tabs of the app on one store tell each other what they did (issue 11): a write, so that every
 * open tab reads the store again and never shows (or merges over) what another tab changed; and a
 * restore running, since IndexedDB holds another tab's write until the restore's one transaction
 * ends, and a tap that seems to do nothing for seconds should say it is waiting.
 *
 * A BroadcastChannel per store name (tests use their own names); where there is none (an old
 * browser, node), nothing is sent and nothing arrives: each tab still shows its own writes.
 */
export type StoreMessage =
  /** A tab wrote: `touched` are the SIMs whose records or events changed (every SIM when absent). */
  | { kind: 'changed'; touched?: string[] }
  /** A tab started (true) or ended (false) a restore. */
  | { kind: 'restoring'; running: boolean };

export function storeChannelName(dbName: string): string {
  return `sim-keeper-store:${dbName}`;
}

/** The channel for this store, or null where the browser has none. Close it when done. */
export function openStoreChannel(dbName: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(storeChannelName(dbName)) : null;
}

/** Sends one message to the other tabs on this store (a tab never receives its own). */
export function announce(dbName: string, message: StoreMessage): void {
  const channel = openStoreChannel(dbName);
  if (!channel) return;
  channel.postMessage(message);
  channel.close();
}

/** A message from another tab, checked: anything else on the channel is ignored. */
export function storeMessageOf(data: unknown): StoreMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.kind === 'restoring' && typeof message.running === 'boolean') return { kind: 'restoring', running: message.running };
  if (message.kind !== 'changed') return null;
  if (message.touched === undefined) return { kind: 'changed' };
  if (Array.isArray(message.touched) && message.touched.every((id) => typeof id === 'string')) return { kind: 'changed', touched: message.touched };
  return null;
}
