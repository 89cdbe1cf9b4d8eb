/**
 * The headline figures, recorded by the sections that measure them and printed together, beside
 * the figures before and issue 11's goals, by the last section (v3-vs-v2.ts).
 *
 * Not a bench section: it lives in support/, which the runner does not scan.
 */

export type FigureName =
  | 'restore' | 'home' | 'homeOffline' | 'homeCls' | 'simPage' | 'simPageTap' | 'initialKb'
  | 'lighthousePerformance' | 'lighthouseAccessibility' | 'lighthouseBestPractices' | 'lighthouseSeo';

const measured = new Map<FigureName, number>();

/** Records a figure (ms, kB, a CLS score or a Lighthouse score, as its name says); the latest wins. */
export function record(name: FigureName, value: number): void {
  measured.set(name, value);
}

/** A recorded figure, or undefined when its section did not run. */
export function figure(name: FigureName): number | undefined {
  return measured.get(name);
}
