import { describe, expect, it } from 'vitest';
import type { EventRecord, SimRecord } from '../../../../shared/db';
import { withPolicy } from '../../../../shared/rules/policy';
import { project } from '../../../../shared/rules/project';
import { loadedViews } from '../../../../shared/app/state/loaded-views';
import { simViews } from '../../../../shared/views/sim-views';

const TODAY = '2026-03-15';
const sim = (id: string, since: string, createdAt: string): SimRecord => ({
  id, label: id, number: '9876543210', operator: 'other', circle: '', connection: 'prepaid', since,
  policy: withPolicy(), colour: '#1e6fd9', createdAt, updatedAt: createdAt,
});
const used = (id: string, simId: string, date: string): EventRecord =>
  ({ id, simId, seq: 1, source: 'manual', type: 'activity', date, kind: 'call_out', updatedAt: `${date}T00:00:00Z` }) as EventRecord;

describe('loadedViews', () => {
  const read = sim('read', '2025-06-01', '2026-01-01T00:00:00Z');
  const summarised = sim('summarised', '2025-12-20', '2026-01-02T00:00:00Z');
  const readEvents = [used('a', 'read', '2026-03-10')];
  const summaryProjection = project(summarised, summarised.policy, [], TODAY);

  it('projects a SIM whose events are read from them, and lists its history', () => {
    const views = loadedViews([read, summarised], new Map([['summarised', summaryProjection]]), new Map([['read', readEvents]]), TODAY);
    const view = views.find((v) => v.sim.id === 'read')!;
    expect(view.events).toEqual(readEvents);
    expect(view.projection).toEqual(project(read, read.policy, readEvents, TODAY));
  });

  it('takes the summary projection, with no history, for a SIM whose events are not read', () => {
    const views = loadedViews([read, summarised], new Map([['summarised', summaryProjection]]), new Map([['read', readEvents]]), TODAY);
    const view = views.find((v) => v.sim.id === 'summarised')!;
    expect(view.events).toEqual([]);
    expect(view.projection).toBe(summaryProjection);
  });

  it('orders the SIMs most urgent first, as simViews does with every event read', () => {
    const all = new Map([['read', readEvents], ['summarised', [] as EventRecord[]]]);
    const views = loadedViews([read, summarised], new Map([['summarised', summaryProjection]]), new Map([['read', readEvents]]), TODAY);
    expect(views.map((v) => v.sim.id)).toEqual(simViews([read, summarised], all, TODAY).map((v) => v.sim.id));
    expect(views.map((v) => v.sim.id)).toEqual(['summarised', 'read']);
  });
});
