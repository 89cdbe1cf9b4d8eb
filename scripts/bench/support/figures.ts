/**
 * The store's headline figures, recorded by the sections that measure them and printed together,
 * beside the v2 reference and issue 11's goals, by the last section (v3-vs-v2.ts).
 *
 * Not a bench section: it lives in support/, which the runner does not scan.
 */

export type FigureName = 'restore' | 'home' | 'simPage' | 'simPageTap';

const measured = new Map<FigureName, number>();

/** Records a figure in ms; the latest wins. */
export function record(name: FigureName, ms: number): void {
  measured.set(name, ms);
}

/** A recorded figure in ms, or undefined when its section did not run. */
export function figure(name: FigureName): number | undefined {
  return measured.get(name);
}
