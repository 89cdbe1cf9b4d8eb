/**
 * Shared helpers of `npm run bench` sections: timing, memory and a compact table.
 * Figures only: nothing here passes or fails.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A section heading. */
export function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

/** Prints rows under headers; the first column left-aligned, the rest right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** A whole number with thousands separators: 3650000 -> '3,650,000'. */
export function int(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0);
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times fn: `warmup` untimed runs, then `runs` timed ones (ms each, with performance.now()). */
export async function timeRuns(fn: () => unknown, { warmup = 1, runs = 5 } = {}): Promise<{ median: number; min: number; max: number; all: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    all.push(performance.now() - start);
  }
  return { median: median(all), min: Math.min(...all), max: Math.max(...all), all };
}

let gcFn: (() => void) | null = null;
/** A full garbage collection, so heap figures mean live data (works without --expose-gc). */
export function collectGarbage(): void {
  if (gcFn === null) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** Live heap after a full collection. */
export function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Peak resident set size of the process so far. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
