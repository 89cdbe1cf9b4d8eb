import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent, addSim, allEvents, listSims } from '../../../shared/db/index';
import { answerSync, senderOrigin } from '../../../extension/background/sync-endpoint';
import { snapshotForSync } from '../../../shared/sync/sync-store';
import { syncRequest } from '../../../shared/sync/sync-protocol';
import { freshDb, simInput } from '../../shared/db/helpers';

const TODAY = '2026-03-15';
const PWA = 'https://simkeeper.example';

async function pwaWithOneEvent() {
  const pwa = freshDb();
  const sim = await addSim(pwa, simInput(), TODAY);
  await addEvent(pwa, { simId: sim.id, type: 'activity', kind: 'sms_out', date: TODAY }, TODAY);
  return { pwa, sim };
}

describe('the extension\'s sync endpoint', () => {
  it('merges the PWA\'s records and answers with its own, the PWA\'s included', async () => {
    const { pwa, sim } = await pwaWithOneEvent();
    const extension = freshDb();
    const own = await addSim(extension, simInput({ label: 'Extension SIM', number: '9000000001' }), TODAY);
    const reply = await answerSync(extension, syncRequest(await snapshotForSync(pwa)), { origin: PWA }, PWA, TODAY);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.changed).toBe(2);
    expect(reply.snapshot.sims.map((s) => s.id).sort()).toEqual([own.id, sim.id].sort());
    expect((await allEvents(extension)).map((e) => e.simId)).toEqual([sim.id]);
  });

  it('doubles nothing when the same records come again', async () => {
    const { pwa } = await pwaWithOneEvent();
    const extension = freshDb();
    const request = syncRequest(await snapshotForSync(pwa));
    await answerSync(extension, request, { origin: PWA }, PWA, TODAY);
    const again = await answerSync(extension, request, { origin: PWA }, PWA, TODAY);
    expect(again).toMatchObject({ ok: true, changed: 0 });
    expect(await allEvents(extension)).toHaveLength(1);
  });

  it('refuses a message from another origin, and writes nothing', async () => {
    const { pwa } = await pwaWithOneEvent();
    const extension = freshDb();
    const request = syncRequest(await snapshotForSync(pwa));
    expect(await answerSync(extension, request, { origin: 'https://evil.example' }, PWA, TODAY)).toEqual({ ok: false, error: 'origin not allowed' });
    expect(await answerSync(extension, request, { url: 'http://simkeeper.example/' }, PWA, TODAY)).toEqual({ ok: false, error: 'origin not allowed' });
    expect(await answerSync(extension, request, {}, PWA, TODAY)).toEqual({ ok: false, error: 'origin not allowed' });
    expect(await listSims(extension)).toEqual([]);
  });

  it('refuses a message of the wrong shape, and records that do not validate, writing nothing', async () => {
    const extension = freshDb();
    expect(await answerSync(extension, { kind: 'sim-keeper/sync', version: 2, snapshot: { sims: [], events: [], reminders: [] } }, { origin: PWA }, PWA, TODAY))
      .toEqual({ ok: false, error: 'not a sync request' });
    const forged = { kind: 'sim-keeper/sync', version: 1, snapshot: { sims: [{ id: 'x', label: 'No number' }], events: [], reminders: [] } };
    const reply = await answerSync(extension, forged, { origin: PWA }, PWA, TODAY);
    expect(reply.ok).toBe(false);
    expect(await listSims(extension)).toEqual([]);
  });

  it('reads the sender\'s origin from chrome\'s MessageSender', () => {
    expect(senderOrigin({ origin: 'http://localhost:4173' })).toBe('http://localhost:4173');
    expect(senderOrigin({ url: 'http://localhost:4173/#/settings' })).toBe('http://localhost:4173');
    expect(senderOrigin({ url: 'not a url' })).toBeNull();
  });
});
