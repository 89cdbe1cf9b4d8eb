import { describe, expect, it } from 'vitest';
import { storeManifest } from '../../scripts/package';

describe('the Chrome Web Store package', () => {
  it('leaves the manifest key out (the store refuses it) and keeps everything else', () => {
    const out = JSON.parse(storeManifest(JSON.stringify({ name: 'SIM Keeper', version: '0.1.0', key: 'MIIB…', permissions: ['alarms'] })));
    expect(out).toEqual({ name: 'SIM Keeper', version: '0.1.0', permissions: ['alarms'] });
  });
});
