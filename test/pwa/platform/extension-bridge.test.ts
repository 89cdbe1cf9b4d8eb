import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addEvent, addSim, allEvents } from '../../../shared/db/index';
import { EXTENSION_ID } from '../../../shared/sync/extension-id';
import { answerSync } from '../../../extension/background/sync-endpoint';
import { bridgeStatus, syncWithExtension } from '../../../pwa/platform/extension-bridge';
import { freshDb, simInput } from '../../shared/db/helpers';

const TODAY = '2026-03-15';
const ORIGIN = 'http://localhost:4173';

/** Chrome's runtime as a page sees it, wired to the extension's real sync endpoint over another store. */
function installExtension(extensionDb: ReturnType<typeof freshDb>, origin = ORIGIN) {
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    sendMessage(id: string, message: unknown, reply: (answer: unknown) => void) {
      if (id !== EXTENSION_ID) { runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' }; reply(undefined); return; }
      // Chrome copies messages as JSON does.
      void answerSync(extensionDb, JSON.parse(JSON.stringify(message)), { origin }, 'http://localhost', TODAY)
        .then((answer) => reply(JSON.parse(JSON.stringify(answer))));
    },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
}

afterEach(() => { delete (globalThis as { chrome?: unknown }).chrome; });

describe('the PWA\'s bridge to the extension', () => {
  it('says the extension is absent where the page has no chrome.runtime', async () => {
    expect(await syncWithExtension(freshDb(), TODAY)).toBe(0);
    expect(bridgeStatus()).toMatchObject({ state: 'absent', lastSyncedAt: null });
  });

  it('sends its records, merges the extension\'s, and reports connected with the time', async () => {
    const pwa = freshDb();
    const extension = freshDb();
    const sim = await addSim(pwa, simInput(), TODAY);
    await addEvent(pwa, { simId: sim.id, type: 'activity', kind: 'sms_out', date: TODAY }, TODAY);
    installExtension(extension);
    expect(await syncWithExtension(pwa, TODAY)).toBe(0); // nothing new came back
    expect(await allEvents(extension)).toHaveLength(1);

    await addEvent(extension, { simId: sim.id, type: 'activity', kind: 'call_out', date: TODAY }, TODAY);
    expect(await syncWithExtension(pwa, TODAY)).toBe(1);
    expect((await allEvents(pwa)).map((e) => (e.type === 'activity' ? e.kind : e.type)).sort()).toEqual(['call_out', 'sms_out']);
    expect(bridgeStatus().state).toBe('connected');
    expect(bridgeStatus().lastSyncedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('reports a refusal as failed, with the extension\'s reason', async () => {
    installExtension(freshDb(), 'https://evil.example');
    expect(await syncWithExtension(freshDb(), TODAY)).toBe(0);
    expect(bridgeStatus()).toMatchObject({ state: 'failed', error: 'origin not allowed' });
  });
});
