/**
 * A scenario as people and outside checks write it (amounts in rupees), read into the rules' own
 * types (paise) with the same field checks as the store and backup files (shared/validation), and
 * an error that names the field when anything is wrong.
 *
 * {"today", "sim": {"connection", "since"}, "policy"?: partial policy in rupees and days,
 *  "events": [{"type", "date", ...}]}
 */
import { asObject, date, list, oneOf, onlyFields, pastDate } from '../validation/checks';
import { checkEvent } from '../validation/event';
import { checkPolicy } from '../validation/policy';
import { underPath } from '../validation/validation-error';
import type { IsoDate } from '../rules/dates';
import { POLICY_KEYS, withPolicy } from '../rules/policy';
import type { Policy, SimEvent, SimFacts } from '../rules/types';

export interface Scenario {
  today: IsoDate;
  sim: SimFacts;
  policy: Policy;
  events: SimEvent[];
}

/** The policy's overrides of the regulatory floor, in rupees and days; a misspelt field is refused. */
function readPolicy(raw: unknown): Policy {
  if (raw === undefined) return withPolicy();
  onlyFields(asObject(raw, 'policy'), POLICY_KEYS, 'policy', 'policy');
  return checkPolicy(raw, 'policy', { unit: 'rupees', base: withPolicy() });
}

function readEvent(raw: unknown, at: string, today: IsoDate): SimEvent {
  const fields = asObject(raw, at);
  return underPath(at, () => checkEvent(fields, today, 'rupees'));
}

/** Reads one scenario, or throws a ValidationError naming the first field that is wrong. */
export function readScenario(raw: unknown): Scenario {
  const scenario = asObject(raw, 'scenario');
  const today = date(scenario.today, 'today');
  const sim = asObject(scenario.sim, 'sim', 'connection and since');
  const connection = oneOf(sim.connection, ['prepaid', 'postpaid'] as const, 'sim.connection');
  const since = pastDate(sim.since, 'sim.since', today);
  const policy = readPolicy(scenario.policy);
  const events = scenario.events === undefined ? [] : list(scenario.events, 'events');
  return { today, sim: { connection, since }, policy, events: events.map((event, i) => readEvent(event, `events[${i}]`, today)) };
}
