import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/rules/dates';
import { withPolicy } from '../../../shared/rules/policy';
import { projectPrepaid } from '../../../shared/rules/prepaid-projection';
import type { PrepaidProjection } from '../../../shared/rules/types';
import { allEvents, eventsForSim } from '../../../shared/db/events';
import { loadSampleData, sampleSims } from '../../../shared/db/sample-data';
import { listSims } from '../../../shared/db/sims';
import { TODAY, freshDb } from './helpers';
import { liveEventCount } from './helpers';

async function projections(today: string) {
  const db = freshDb();
  await loadSampleData(db, today);
  const out = new Map<string, PrepaidProjection>();
  for (const sim of await listSims(db)) {
    out.set(sim.label, projectPrepaid(sim, sim.policy, await eventsForSim(db, sim.id), today));
  }
  return out;
}

describe('sampleSims', () => {
  it('gives three SIMs with events no later than today', () => {
    const samples = sampleSims(TODAY);
    expect(samples.map((s) => s.sim.label)).toEqual(['Jio — daily', 'Airtel — bank OTP', 'BSNL — parents']);
    for (const sample of samples) for (const event of sample.events) expect(event.date <= TODAY).toBe(true);
  });

  it('uses the policy it is given for each operator', () => {
    const samples = sampleSims(TODAY, (operator) => withPolicy({ graceDays: operator === 'bsnl' ? 30 : 15 }));
    expect(samples.map((s) => s.sim.policy.graceDays)).toEqual([15, 15, 30]);
  });
});

describe('loadSampleData', () => {
  it('writes the SIMs and their events, marked as samples', async () => {
    const db = freshDb();
    const sims = await loadSampleData(db, TODAY);
    expect(sims).toHaveLength(3);
    expect(new Set(sims.map((s) => s.colour)).size).toBe(3);
    const events = await allEvents(db);
    expect(events).toHaveLength(11);
    expect(events.every((e) => e.source === 'sample')).toBe(true);
  });

  it.each(['2026-03-15', '2024-02-29', '2030-12-31'])('tells the same story on any day (%s)', async (today) => {
    const byLabel = await projections(today);
    const jio = byLabel.get('Jio — daily')!;
    const airtel = byLabel.get('Airtel — bank OTP')!;
    const bsnl = byLabel.get('BSNL — parents')!;

    expect(jio.state).toBe('active');
    expect(jio.nonUsageEnds).toBe(addDays(today, 89));

    // Incoming SMS is not activity: the 90 days run from the last call, 80 days ago.
    expect(airtel.state).toBe('active');
    expect(airtel.nonUsageEnds).toBe(addDays(today, 10));

    expect(bsnl.state).toBe('anr');
    expect(bsnl.balance).toBe(2000);
    expect(bsnl.deactivation).toBe(addDays(today, 5));
  });

  it('writes nothing if any sample fails validation', async () => {
    const db = freshDb();
    const badPolicy = () => ({ ...withPolicy(), graceDays: 0 });
    await expect(loadSampleData(db, TODAY, badPolicy)).rejects.toThrow('policy.graceDays');
    expect(await db.sims.count()).toBe(0);
    expect(await liveEventCount(db)).toBe(0);
  });
});
