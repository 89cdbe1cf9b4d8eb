import { describe, expect, it } from 'vitest';
import { MAX_RECORDS, parseSyncReply, parseSyncRequest, syncRequest } from '../../../shared/sync/sync-protocol';

const empty = { sims: [], events: [], reminders: [] };

describe('the sync messages', () => {
  it('reads back a request it wrote', () => {
    expect(parseSyncRequest(syncRequest(empty))).toEqual({ kind: 'sim-keeper/sync', version: 1, snapshot: empty });
  });

  it('refuses anything else: another kind or version, a missing or malformed snapshot, too many records', () => {
    for (const message of [null, 'sync', [], { kind: 'other', version: 1, snapshot: empty }, { kind: 'sim-keeper/sync', version: 2, snapshot: empty },
      { kind: 'sim-keeper/sync', version: 1 }, { kind: 'sim-keeper/sync', version: 1, snapshot: { ...empty, sims: 'all' } },
      { kind: 'sim-keeper/sync', version: 1, snapshot: { ...empty, events: [1, 2] } },
      { kind: 'sim-keeper/sync', version: 1, snapshot: { ...empty, events: Array.from({ length: MAX_RECORDS + 1 }, () => ({})) } }]) {
      expect(parseSyncRequest(message)).toBeNull();
    }
  });

  it('reads a reply as a success with a snapshot or a refusal with a reason, nothing else', () => {
    expect(parseSyncReply({ ok: true, snapshot: empty, changed: 0 })).toEqual({ ok: true, snapshot: empty, changed: 0 });
    expect(parseSyncReply({ ok: false, error: 'origin not allowed' })).toEqual({ ok: false, error: 'origin not allowed' });
    expect(parseSyncReply({ ok: true })).toBeNull();
    expect(parseSyncReply(undefined)).toBeNull();
  });
});
