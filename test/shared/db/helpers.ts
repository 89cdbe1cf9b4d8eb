/** Shared fixtures for the store's tests. Each test gets its own database name. */
import { withPolicy } from '../../../shared/rules/policy';
import { openSimKeeperDb, type SimKeeperDb } from '../../../shared/db/db';
import type { SimInput } from '../../../shared/db/types';

export const TODAY = '2026-03-15';

let counter = 0;

/** A fresh, empty store with a name no other test uses. */
export function freshDb(): SimKeeperDb {
  counter += 1;
  return openSimKeeperDb(`test-${counter}-${crypto.randomUUID()}`);
}

export function simInput(overrides: Partial<SimInput> = {}): SimInput {
  return {
    label: 'Jio — daily',
    number: '+91 98765 43210',
    operator: 'jio',
    circle: 'Delhi',
    connection: 'prepaid',
    since: '2025-01-01',
    policy: withPolicy(),
    ...overrides,
  };
}

/** The error a call throws (sync or async), so a test can look at its field. */
export async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, and it did not');
}
