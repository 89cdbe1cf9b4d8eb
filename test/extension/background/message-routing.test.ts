import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../extension/background/message-routing';

const ID = 'anaoplkdmpkipnngjcpmegibeobhgnbl';
const ORIGIN = `chrome-extension://${ID}/`;

describe('routeOf', () => {
  it('sends the extension\'s own pages to the page handler', () => {
    expect(routeOf({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('page');
    expect(routeOf({ id: ID, url: `${ORIGIN}app.html#/`, tab: { id: 3 } }, ID, ORIGIN)).toBe('page');
  });

  it('sends its content scripts, in a site\'s tab, to the content-message handler', () => {
    expect(routeOf({ id: ID, url: 'https://www.jio.com/recharge/done', tab: { id: 4 } }, ID, ORIGIN)).toBe('content');
  });

  it('refuses another extension, and a sender with neither page nor tab', () => {
    expect(routeOf({ id: 'someoneelse', url: 'https://www.jio.com/', tab: { id: 4 } }, ID, ORIGIN)).toBe('refuse');
    expect(routeOf({ url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('refuse');
    expect(routeOf({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe('refuse');
  });
});
