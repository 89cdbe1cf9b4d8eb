import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, backupToJson, exportBackup, previewImport } from '../../../shared/db/backup';
import { addEvent, eventsForSim } from '../../../shared/db/events';
import { addSim, listSims } from '../../../shared/db/sims';
import { TODAY, freshDb, simInput } from './helpers';

/** A backup file of one SIM with one event, as text. */
async function file(): Promise<string> {
  const source = freshDb();
  const sim = await addSim(source, simInput(), TODAY);
  await addEvent(source, { simId: sim.id, type: 'activity', date: '2026-03-01', kind: 'call_out' }, TODAY);
  return backupToJson(await exportBackup(source));
}

describe('a restore after its preview', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses and checks the file once, for the preview, and applies what the preview read', async () => {
    const json = await file();
    const target = freshDb();
    const parse = vi.spyOn(JSON, 'parse');
    await previewImport(target, json, TODAY);
    await applyImport(target, json, TODAY);
    expect(parse.mock.calls.filter(([text]) => text === json)).toHaveLength(1);
    const [sim] = await listSims(target);
    expect(await eventsForSim(target, sim!.id)).toHaveLength(1);
  });

  it('parses again a file other than the one previewed, or on another day', async () => {
    const json = await file();
    const other = await file();
    const target = freshDb();
    const parse = vi.spyOn(JSON, 'parse');
    await previewImport(target, json, TODAY);
    await applyImport(target, other, TODAY);
    await previewImport(target, json, TODAY);
    await applyImport(target, json, '2026-03-16');
    expect(parse.mock.calls.filter(([text]) => text === json || text === other)).toHaveLength(4);
    expect(await listSims(target)).toHaveLength(2);
  });

  it('parses again for a second restore of the same file: the preview is used once', async () => {
    const json = await file();
    const target = freshDb();
    const parse = vi.spyOn(JSON, 'parse');
    await previewImport(target, json, TODAY);
    await applyImport(target, json, TODAY);
    await applyImport(target, json, TODAY);
    expect(parse.mock.calls.filter(([text]) => text === json)).toHaveLength(2);
  });
});
