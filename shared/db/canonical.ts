/**
 * Record equality for merging: two records are the same when they hold the same fields and
 * values, whatever order the keys were written in (a backup file may come from another build).
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** The record as JSON with its keys sorted: equal records give equal text. */
export function canonicalJson(record: unknown): string {
  return JSON.stringify(canonical(record));
}

/**
 * Whether canonicalJson(a) === canonicalJson(b), for records of JSON values (what the store and
 * backups hold), compared field by field without writing either out: a re-import of a
 * 100,000-event backup compares every event with its stored copy.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, index) => sameRecord(item, list[index]));
  }
  const left = definedKeys(a);
  const right = definedKeys(b);
  if (left.length !== right.length) return false;
  return left.every((key) => sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function definedKeys(record: object): string[] {
  return Object.keys(record).filter((key) => (record as Record<string, unknown>)[key] !== undefined);
}
