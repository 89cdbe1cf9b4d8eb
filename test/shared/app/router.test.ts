import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../shared/app/router';

describe('parseRoute', () => {
  it('reads every screen of the app', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/add')).toEqual({ name: 'add' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/sim/abc')).toEqual({ name: 'sim', simId: 'abc' });
    expect(parseRoute('#/sim/abc/edit')).toEqual({ name: 'edit', simId: 'abc' });
    expect(parseRoute('#/sim/abc/log?type=recharge')).toEqual({ name: 'log', simId: 'abc', type: 'recharge', eventId: null });
    expect(parseRoute('#/sim/abc/log?event=e1')).toEqual({ name: 'log', simId: 'abc', type: null, eventId: 'e1' });
  });

  it('reads a number to fill into the add form, as the extension’s "Add this SIM" sends it', () => {
    expect(parseRoute('#/add?number=9876543210')).toEqual({ name: 'add', number: '9876543210' });
  });

  it('reads the shortcuts of the manifest', () => {
    expect(parseRoute('#/quick/used')).toEqual({ name: 'quick', action: 'used' });
    expect(parseRoute('#/quick/recharge')).toEqual({ name: 'quick', action: 'recharge' });
    expect(parseRoute('#/sms')).toEqual({ name: 'sms', simId: null });
    expect(parseRoute('#/sms?sim=abc')).toEqual({ name: 'sms', simId: 'abc' });
  });

  it('says not found for anything else', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not_found' });
    expect(parseRoute('#/sim/abc/other')).toEqual({ name: 'not_found' });
  });

  it('reads back every link it writes', () => {
    const routes: Route[] = [
      { name: 'home' }, { name: 'add' }, { name: 'add', number: '9876543210' }, { name: 'settings' }, { name: 'welcome' }, { name: 'sim', simId: 'a b/c' },
      { name: 'edit', simId: 'x' }, { name: 'log', simId: 'x', type: 'recharge', eventId: null },
      { name: 'log', simId: 'x', type: null, eventId: 'e-1' }, { name: 'quick', action: 'used' }, { name: 'sms', simId: null }, { name: 'sms', simId: 'a b' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});

describe('the routes of issue 10: a finding’s complaint and a SIM’s rights', () => {
  it('reads and writes the complaint for a finding named by code and date', () => {
    const route: Route = { name: 'complaint', simId: 'a b', code: 'deactivated_early', date: '2026-03-05' };
    expect(hrefOf(route)).toBe('#/sim/a%20b/complaint?code=deactivated_early&date=2026-03-05');
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });
  it('reads and writes the page that records an operator closing its services', () => {
    expect(hrefOf({ name: 'closed', simId: 's 1' })).toBe('#/sim/s%201/closed');
    expect(parseRoute('#/sim/s%201/closed')).toEqual({ name: 'closed', simId: 's 1' });
  });

  it('reads and writes the rights page of a SIM', () => {
    expect(hrefOf({ name: 'rights', simId: 's1' })).toBe('#/sim/s1/rights');
    expect(parseRoute('#/sim/s1/rights')).toEqual({ name: 'rights', simId: 's1' });
  });
});
