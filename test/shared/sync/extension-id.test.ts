import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EXTENSION_ID, extensionIdOf } from '../../../shared/sync/extension-id';

describe('extensionIdOf', () => {
  it('writes the first 16 bytes of the key\'s SHA-256 as letters a-p, as Chrome does', async () => {
    const key = new Uint8Array([1, 2, 3, 4]);
    const hex = createHash('sha256').update(key).digest('hex').slice(0, 32);
    expect(await extensionIdOf(key)).toBe([...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join(''));
  });

  it('gives a 32-letter id of a to p', () => {
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });
});
