/**
 * What browser tests read back from the store: every live event, straight from IndexedDB
 * (since schema v3, a month of one SIM's events per record, shared/db/event-months.ts).
 */
import type { Page } from 'playwright-core';

export interface StoredEvent {
  simId: string;
  type: string;
  date: string;
  amount?: number;
  kind?: string;
  voucher?: string;
  validityEnds?: string;
  source: string;
  note?: string;
  deleted?: true;
}

export async function storedEvents(page: Page): Promise<StoredEvent[]> {
  const events = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('sim-keeper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const months: { events: unknown[] }[] = await new Promise((resolve, reject) => {
      const request = db.transaction('eventMonths').objectStore('eventMonths').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return months.flatMap((month) => month.events);
  });
  return (events as StoredEvent[]).filter((event) => !event.deleted);
}

/** How many SIMs and live events the store holds, read straight from IndexedDB. */
export async function storedCounts(page: Page): Promise<{ sims: number; events: number }> {
  const sims = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('sim-keeper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count: number = await new Promise((resolve, reject) => {
      const request = db.transaction('sims').objectStore('sims').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });
  return { sims, events: (await storedEvents(page)).length };
}
