import { describe, expect, it } from 'vitest';
import { isPwaOrigin } from '../../../shared/sync/sync-origin';

describe('isPwaOrigin', () => {
  it('accepts exactly the PWA\'s origin', () => {
    expect(isPwaOrigin('https://simkeeper.example', 'https://simkeeper.example')).toBe(true);
  });

  it('accepts any port of localhost in development, where the server picks a free one', () => {
    expect(isPwaOrigin('http://localhost:4173', 'http://localhost')).toBe(true);
    expect(isPwaOrigin('http://localhost:51234', 'http://localhost')).toBe(true);
  });

  it('refuses another host, scheme or port, a look-alike, and anything not an origin', () => {
    expect(isPwaOrigin('https://evil.example', 'https://simkeeper.example')).toBe(false);
    expect(isPwaOrigin('http://simkeeper.example', 'https://simkeeper.example')).toBe(false);
    expect(isPwaOrigin('https://simkeeper.example.evil.example', 'https://simkeeper.example')).toBe(false);
    expect(isPwaOrigin('http://127.0.0.1:4173', 'http://localhost')).toBe(false);
    expect(isPwaOrigin('http://localhost:5000', 'http://localhost:4173')).toBe(false);
    expect(isPwaOrigin('https://simkeeper.example/path', 'https://simkeeper.example')).toBe(false);
    expect(isPwaOrigin(undefined, 'https://simkeeper.example')).toBe(false);
    expect(isPwaOrigin('null', 'https://simkeeper.example')).toBe(false);
  });
});
