import { describe, expect, it } from 'vitest';
import type { EventRecord, SimRecord } from '../../../shared/db';
import { withPolicy } from '../../../shared/rules/policy';
import { project } from '../../../shared/rules/project';
import { simViews } from '../../../shared/views/sim-views';

const TODAY = '2026-03-15';
const sim = (id: string, since: string, createdAt: string): SimRecord => ({
  id, label: id, number: '9876543210', operator: 'other', circle: '', connection: 'prepaid', since,
  policy: withPolicy(), colour: '#1e6fd9', createdAt, updatedAt: createdAt,
});

describe('simViews', () => {
  it('puts the SIM with the nearest deadline first', () => {
    const sims = [sim('later', '2026-03-01', '2026-01-01T00:00:00Z'), sim('sooner', '2025-12-20', '2026-01-02T00:00:00Z')];
    expect(simViews(sims, new Map(), TODAY).map((v) => v.sim.id)).toEqual(['sooner', 'later']);
  });

  it('projects each SIM with its own events, in the order the store gives them', () => {
    const events = [
      { id: 'b', simId: 'a', seq: 1, source: 'manual', type: 'activity', date: '2026-02-01', kind: 'call_out' },
      { id: 'a', simId: 'a', seq: 2, source: 'manual', type: 'activity', date: '2026-03-10', kind: 'call_out' },
    ] as EventRecord[];
    const other = [{ id: 'c', simId: 'other', seq: 3, source: 'manual', type: 'activity', date: '2026-03-14', kind: 'call_out' }] as EventRecord[];
    const [view] = simViews([sim('a', '2026-01-01', '2026-01-01T00:00:00Z')], new Map([['a', events], ['other', other]]), TODAY);
    expect(view!.events).toBe(events);
    expect(view!.projection).toEqual(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), events, TODAY));
  });

  it('leaves out events dated after today (a clock set back), which wait for their day', () => {
    const events = [
      { id: 'a', simId: 'a', seq: 1, source: 'manual', type: 'activity', date: '2026-02-01', kind: 'call_out' },
      { id: 'b', simId: 'a', seq: 2, source: 'manual', type: 'activity', date: TODAY, kind: 'call_out' },
      { id: 'c', simId: 'a', seq: 3, source: 'manual', type: 'activity', date: '2026-03-16', kind: 'call_out' },
    ] as EventRecord[];
    const [view] = simViews([sim('a', '2026-01-01', '2026-01-01T00:00:00Z')], new Map([['a', events]]), TODAY);
    expect(view!.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(view!.projection).toEqual(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), events.slice(0, 2), TODAY));
  });

  it('keeps the order of adding between SIMs equally urgent', () => {
    const sims = [sim('first', '2026-03-01', '2026-01-01T00:00:00Z'), sim('second', '2026-03-01', '2026-01-02T00:00:00Z')];
    expect(simViews(sims, new Map(), TODAY).map((v) => v.sim.id)).toEqual(['first', 'second']);
  });
});
