/**
 * `npx tsx scripts/profile-restore.ts`: where a 100,000-event restore spends its time in real
 * Chromium (on-disk profile), by the CDP sampling profiler over the Restore click. Prints the
 * functions with the most self time and the restore's own measures. Build unminified first
 * (`npx vite build --minify false`) for readable names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchToday, bigBackupJson } from './bench/support/big-backup';
import { appPage, lastEntries, startBrowserApp } from './bench/support/browser-app';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const today = benchToday();
const dir = join(tmpdir(), 'sim-keeper-bench');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'backup-100k.json');
writeFileSync(file, bigBackupJson({ today, sims: 20, eventsPerSim: 5000 }));
const browser = await startBrowserApp();
try {
  const page = await appPage(browser.context);
  await page.goto(`${browser.app.url}#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.locator('#backup-section input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.waitFor({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByText('Backup restored').waitFor({ timeout: 300_000 });
  const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
  writeFileSync(join(dir, 'restore.cpuprofile'), JSON.stringify(profile));
  const names = ['sim-keeper:import-preview', 'sim-keeper:import-start', 'sim-keeper:import-written', 'sim-keeper:import'];
  const entries = await lastEntries(page, names);
  names.forEach((name, index) => console.log(name, JSON.stringify(entries[index])));
  const marks = await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('probe:')).map((e) => `${e.name} ${e.startTime.toFixed(0)} ${e.duration.toFixed(0)}`));
  console.log(marks.join('\n'));
  for (const [name, ms] of selfTimes(profile).slice(0, 40)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
} finally {
  await browser.close();
}
