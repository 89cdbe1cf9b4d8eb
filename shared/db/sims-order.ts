/** The order SIMs are listed in: the order they were added (createdAt, then id to settle ties everywhere alike), which is the order their colours were given. */
import type { SimRecord } from './types';

export function compareSims(a: SimRecord, b: SimRecord): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
