/**
 * One line of `npm run rules`: a JSON scenario in, a JSON projection (or {"error"}) out.
 * Pure, so the command-line face can be tested without spawning a process.
 */
import { project } from '../rules/project';
import { projectionJson } from './projection-json';
import { findingsOf } from '../rules/findings/findings-of';
import { ValidationError } from '../validation/validation-error';
import { readScenario } from './scenario';

export interface LineResult {
  ok: boolean;
  json: string;
}

export function runScenarioLine(line: string): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { ok: false, json: JSON.stringify({ error: `scenario: not valid JSON (${(error as Error).message})` }) };
  }
  try {
    const scenario = readScenario(raw);
    const projection = project(scenario.sim, scenario.policy, scenario.events, scenario.today);
    const findings = findingsOf(scenario.sim, scenario.policy, scenario.events, scenario.today);
    return { ok: true, json: JSON.stringify(projectionJson(projection, findings)) };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, json: JSON.stringify({ error: error.message }) };
    throw error;
  }
}
