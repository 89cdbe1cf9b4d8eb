/**
 * `npm run --silent sms`: operator SMS as JSON lines on stdin ({"text", "sender"?, "received"?}),
 * one JSON line out per message, in order (shared/sms/run-sms-line.ts). Blank lines are skipped.
 * A line that is not a valid message prints {"error": "..."} and the rest still run; the exit
 * status is then 1.
 */
import { createInterface } from 'node:readline';
import { runSmsLine } from '../shared/sms/run-sms-line';

let failed = false;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const result = runSmsLine(line);
  if (!result.ok) failed = true;
  process.stdout.write(result.json + '\n');
}
process.exitCode = failed ? 1 : 0;
