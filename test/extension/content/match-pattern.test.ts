import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../../extension/content/match-pattern';

describe('matchesPattern', () => {
  it('matches a URL on the pattern’s host under its path', () => {
    expect(matchesPattern('https://paytm.com/myorders/*', 'https://paytm.com/myorders/123?x=1')).toBe(true);
  });

  it('refuses another path on the same host', () => {
    expect(matchesPattern('https://paytm.com/myorders/*', 'https://paytm.com/login')).toBe(false);
  });

  it('refuses a look-alike host and plain http', () => {
    expect(matchesPattern('https://paytm.com/myorders/*', 'https://paytm.com.evil.example/myorders/1')).toBe(false);
    expect(matchesPattern('https://paytm.com/myorders/*', 'http://paytm.com/myorders/1')).toBe(false);
  });

  it('treats *. as the host and its subdomains', () => {
    expect(matchesPattern('https://*.jio.com/x/*', 'https://www.jio.com/x/y')).toBe(true);
    expect(matchesPattern('https://*.jio.com/x/*', 'https://notjio.com/x/y')).toBe(false);
  });

  it('answers false for what is not a URL', () => {
    expect(matchesPattern('https://paytm.com/myorders/*', 'not a url')).toBe(false);
  });
});
