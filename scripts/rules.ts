/**
 * `npm run --silent rules`: scenarios as JSON lines on stdin, one JSON line out per scenario, in
 * order. A bad line prints {"error": "..."} and the rest still run; the exit status is 1 if any failed.
 */
import { createInterface } from 'node:readline';
import { runScenarioLine } from '../shared/scenario/run-scenario-line';

let failed = false;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const result = runScenarioLine(line);
  if (!result.ok) failed = true;
  process.stdout.write(result.json + '\n');
}
process.exitCode = failed ? 1 : 0;
