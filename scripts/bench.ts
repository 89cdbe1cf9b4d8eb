/**
 * `npm run bench [-- section ...]`: prints performance figures; it is not a test and never fails on
 * a number. Each file in scripts/bench/ except report.ts is a section exporting
 * `async function run(): Promise<void>` (and optionally `title`); sections run in file-name order.
 * With names given (file names without .ts), only those sections run.
 */
import { readdirSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';

interface Section {
  run(): Promise<void>;
  title?: string;
}

const dir = new URL('./bench/', import.meta.url);
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'report.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const unknown = wanted.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`bench: no section named ${unknown.join(', ')}`);
  process.exit(2);
}

console.log(`SIM Keeper bench: node ${process.version}, ${platform()}/${arch()}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
for (const name of names) {
  const section = (await import(new URL(`${name}.ts`, dir).href)) as Section;
  const started = performance.now();
  await section.run();
  console.log(`(${section.title ?? name}: ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}
