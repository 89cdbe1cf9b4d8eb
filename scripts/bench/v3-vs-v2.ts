/**
 * Bench section, run last: the store's headline figures in one table, each beside the v2 figure
 * measured before schema v3 and issue 11's goal. The v3 figures come from the sections that ran
 * before it (backup-import, home-first-render, sim-page); one not run shows as 'not run'.
 *
 * The v2 figures were measured once, before v3, on this machine, in Chromium with an on-disk
 * profile (issue 6, section 2; issue 11, section 1). They are constants: v2 no longer exists to
 * measure.
 */
import { figure, type FigureName } from './support/figures';
import { contentScriptRows } from './support/content-script-figures';
import { heading, int, ms, table } from './report';

export const title = 'store: v3 beside v2, with the goals';

interface Line {
  what: string;
  name: FigureName;
  v2Ms: number | null;
  goalMs: number | null;
}

const LINES: Line[] = [
  { what: 'restore 100,000 events (Restore -> written + shown)', name: 'restore', v2Ms: 23_600, goalMs: 2_000 },
  { what: 'home first render, 20 SIMs x 5 years (100k events)', name: 'home', v2Ms: 2_900, goalMs: 200 },
  { what: 'SIM page reload, 5 years of daily events shown', name: 'simPage', v2Ms: null, goalMs: null },
  { what: 'SIM page by a tap from home (store already read)', name: 'simPageTap', v2Ms: null, goalMs: null },
];

const msText = (value: number) => `${value < 1000 ? ms(value) : int(value)} ms`;
const shown = (value: number | null | undefined, none: string) => (value === null || value === undefined ? none : msText(value));

function faster(v3: number | undefined, v2: number | null): string {
  return v3 === undefined || v2 === null ? '' : `${(v2 / v3).toFixed(1)}x`;
}

function verdict(v3: number | undefined, goal: number | null): string {
  if (v3 === undefined || goal === null) return '';
  return v3 < goal ? 'met' : 'not met';
}

export async function run(): Promise<void> {
  heading(title);
  table(['figure (Chromium, on-disk profile)', 'now (schema v4)', 'v2, measured before v3', 'v2 / now', 'goal (issue 11)', 'goal'],
    LINES.map(({ what, name, v2Ms, goalMs }) => {
      const v3 = figure(name);
      return [what, shown(v3, 'not run'), shown(v2Ms, 'not measured'), faster(v3, v2Ms), goalMs === null ? 'none set' : `< ${msText(goalMs)}`, verdict(v3, goalMs)];
    }).concat(contentScriptRows()));
  console.log('One run each on a 2-core machine shared with other work: figures move by tens of percent between runs.');
}
