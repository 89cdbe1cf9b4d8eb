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

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
