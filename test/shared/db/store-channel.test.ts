import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, backupToJson, exportBackup } from '../../../shared/db/backup';
import { addSim } from '../../../shared/db/sims';
import { announce, openStoreChannel, storeMessageOf, type StoreMessage } from '../../../shared/db/store-channel';
import { TODAY, freshDb, simInput } from './helpers';

const open: BroadcastChannel[] = [];
afterEach(() => open.splice(0).forEach((channel) => channel.close()));

/** What another tab on the store `name` hears, message by message. */
function listen(name: string): StoreMessage[] {
  const heard: StoreMessage[] = [];
  const channel = openStoreChannel(name)!;
  open.push(channel);
  channel.onmessage = (event: MessageEvent) => {
    const message = storeMessageOf(event.data);
    if (message) heard.push(message);
  };
  return heard;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the store channel', () => {
  it('tells the other tabs of the same store which SIMs a write touched, and no tab of another store', async () => {
    const same = listen('store-a');
    const other = listen('store-b');
    announce('store-a', { kind: 'changed', touched: ['sim-1'] });
    await settle();
    expect(same).toEqual([{ kind: 'changed', touched: ['sim-1'] }]);
    expect(other).toEqual([]);
  });

  it('says a restore is running while its transaction holds the store, and when it has ended', async () => {
    const source = freshDb();
    await addSim(source, simInput(), TODAY);
    const json = backupToJson(await exportBackup(source));
    const target = freshDb();
    const heard = listen(target.name);
    await applyImport(target, json, TODAY);
    await settle();
    expect(heard).toEqual([{ kind: 'restoring', running: true }, { kind: 'restoring', running: false }]);
  });

  it('ignores anything else on the channel', () => {
    expect(storeMessageOf('changed')).toBeNull();
    expect(storeMessageOf({ kind: 'changed', touched: [1] })).toBeNull();
    expect(storeMessageOf({ kind: 'restoring', running: 'yes' })).toBeNull();
    expect(storeMessageOf({ kind: 'wipe' })).toBeNull();
    expect(storeMessageOf({ kind: 'changed' })).toEqual({ kind: 'changed' });
  });
});
