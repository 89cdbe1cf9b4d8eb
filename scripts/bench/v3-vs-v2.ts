/**
 * Bench section, run last: the headline figures in one table, each beside the figure before
 * (v2, measured before schema v3; or v3 before issue 11's first-load work) and issue 11's goal.
 * The figures now come from the sections that ran before it (backup-import, bundle-size,
 * home-first-render, lighthouse, sim-page); one not run shows as 'not run'.
 *
 * The figures before are constants: v2 no longer exists to measure, and the first load before
 * issue 11 is in git history. They were measured once on this machine, in Chromium with an
 * on-disk profile (issue 6, section 2; issue 11, section 1; 2026-11-24/25 for the first load).
 */
import { figure, type FigureName } from './support/figures';
import { contentScriptRows } from './support/content-script-figures';
import { heading, int, ms, table } from './report';

export const title = 'headline figures: now, before, and the goals';

interface Line {
  what: string;
  name: FigureName;
  /** The figure before, and which build it was measured on. */
  before: { value: number; on: string } | null;
  /** The goal: met below it (`under`), or at least it (`atLeast`, the Lighthouse scores). */
  goal: { under: number } | { atLeast: number } | null;
  show(value: number): string;
}

const msText = (value: number) => `${value < 1000 ? ms(value) : int(value)} ms`;
const kbText = (value: number) => `${value.toFixed(1)} kB`;
const clsText = (value: number) => value.toFixed(3);
const scoreText = (value: number) => String(Math.round(value));

const lighthouse = (what: string, name: FigureName, before: number): Line => ({
  what: `Lighthouse ${what} (mobile, best of up to 3)`, name, before: { value: before, on: 'v3, 2026-11-25' }, goal: { atLeast: 100 }, show: scoreText,
});

const LINES: Line[] = [
  { what: 'restore 100,000 events (Restore -> written + shown)', name: 'restore', before: { value: 23_600, on: 'v2' }, goal: { under: 2_000 }, show: msText },
  { what: 'initial JS + CSS, gzip -9', name: 'initialKb', before: { value: 63.6, on: 'v3, 2026-11-24' }, goal: { under: 50 }, show: kbText },
  { what: 'home first render, 20 SIMs x 5 years (100k events)', name: 'home', before: { value: 2_900, on: 'v2' }, goal: { under: 200 }, show: msText },
  { what: 'home first render offline (service worker), same store', name: 'homeOffline', before: null, goal: { under: 500 }, show: msText },
  // "No layout shift": 0 at three decimals. Lighthouse's own "good" is under 0.1.
  { what: 'home layout shift (CLS), same load', name: 'homeCls', before: { value: 0.074, on: 'v3, Lighthouse, 2026-11-25' }, goal: { under: 0.0005 }, show: clsText },
  { what: 'SIM page reload, 5 years of daily events shown', name: 'simPage', before: null, goal: null, show: msText },
  { what: 'SIM page by a tap from home (store already read)', name: 'simPageTap', before: null, goal: null, show: msText },
  lighthouse('performance', 'lighthousePerformance', 81),
  lighthouse('accessibility', 'lighthouseAccessibility', 100),
  lighthouse('best practices', 'lighthouseBestPractices', 100),
  lighthouse('SEO', 'lighthouseSeo', 100),
];

function goalText(line: Line): string {
  if (line.goal === null) return 'none set';
  if ('atLeast' in line.goal) return String(line.goal.atLeast);
  return line.name === 'homeCls' ? '0' : `< ${line.show(line.goal.under)}`;
}

function verdict(value: number | undefined, line: Line): string {
  if (value === undefined || line.goal === null) return '';
  const met = 'atLeast' in line.goal ? value >= line.goal.atLeast : value < line.goal.under;
  return met ? 'met' : 'not met';
}

export async function run(): Promise<void> {
  heading(title);
  table(['figure (Chromium, on-disk profile)', 'now', 'before', 'measured on', 'goal (issue 11)', 'goal'],
    LINES.map((line) => {
      const now = figure(line.name);
      return [line.what, now === undefined ? 'not run' : line.show(now), line.before ? line.show(line.before.value) : 'not measured',
        line.before?.on ?? '', goalText(line), verdict(now, line)];
    }).concat(contentScriptRows()));
  console.log('One run each on a 2-core machine shared with other work: timings move by tens of percent between runs.');
  console.log('CI holds the Lighthouse scores to at least 95 each (test/e2e/lighthouse.test.ts).');
}
