import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addSim, allEvents, eventsForSim, setSetting, type SimKeeperDb, type SimRecord } from '../../../shared/db/index';
import { handleContentMessage, type ContentSender } from '../../../extension/background/content-messages';
import { fakePorts, OWN_ID } from './fake-ports';
import type { ContentReply } from '../../../extension/content/content-message';
import { freshDb, simInput, TODAY } from '../../shared/db/helpers';

const JIO_PAGE: ContentSender = { id: OWN_ID, url: 'https://www.jio.com/selfcare/recharge/mobility/payment-status', tab: { id: 7 } };
const NUMBER = '9876543210';
const RECHARGE = { number: NUMBER, amount: 29900, plan: '₹299 · 2 GB/Day', validityDays: 28 };


let db: SimKeeperDb;
let sim: SimRecord;
let fake: ReturnType<typeof fakePorts>;
const ask = (message: unknown, sender: ContentSender = JIO_PAGE): Promise<ContentReply> =>
  handleContentMessage(db, message, sender, TODAY, fake.ports);

beforeEach(async () => {
  db = freshDb();
  sim = await addSim(db, simInput({ label: 'Mom’s Jio', number: NUMBER }), TODAY);
  fake = fakePorts();
});

describe('handleContentMessage: asking', () => {
  it('asks "Log the Rs 299 recharge for Mom’s Jio (…3210)?" with the plan and validity', async () => {
    const reply = await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE });
    expect(reply).toMatchObject({ ok: true, view: { message: 'Log the ₹299 recharge for Mom’s Jio (…3210)?', details: ['Plan: ₹299 · 2 GB/Day', 'Validity: 28 days'] } });
    expect(reply.ok && reply.view?.buttons.map((button) => button.action)).toEqual(['yes', 'later', 'never']);
  });

  it('asks in Hindi when the user chose Hindi', async () => {
    await setSetting(db, 'language', 'hi');
    const reply = await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE });
    expect(reply.ok && reply.view).toMatchObject({ lang: 'hi', message: 'Mom’s Jio (…3210) का ₹299 का रिचार्ज दर्ज करें?' });
  });

  it('logs nothing when it only asks', async () => {
    await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE });
    expect(await eventsForSim(db, sim.id)).toEqual([]);
  });

  it('offers to add a SIM for a number it does not know, and opens the add form on request', async () => {
    const reply = await ask({ type: 'recharge.lookup', site: 'jio', recharge: { ...RECHARGE, number: '9123456789' } });
    expect(reply.ok && reply.view?.message).toBe('A ₹299 recharge for …6789: this number is not in SIM Keeper yet.');
    expect(reply.ok && reply.view?.buttons[0]?.action).toBe('add');
    await ask({ type: 'sim.add', site: 'jio', number: '9123456789' });
    expect(fake.opened).toEqual(['9123456789']);
  });

  it('never sends the full number back to the page', async () => {
    const replies = [
      await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE }),
      await ask({ type: 'recharge.log', site: 'jio', recharge: RECHARGE }),
      await ask({ type: 'recharge.lookup', site: 'jio', recharge: { ...RECHARGE, number: '9123456789' } }),
      await ask({ type: 'sim.add', site: 'jio', number: '9123456789' }),
    ];
    for (const reply of replies) expect(JSON.stringify(reply)).not.toMatch(/9876543210|98765 43210|9123456789/);
  });

  it('stays quiet on a site the user dismissed, and only there', async () => {
    expect(await ask({ type: 'site.dismiss', site: 'jio' })).toEqual({ ok: true, view: null });
    expect(await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE })).toEqual({ ok: true, view: null });
    const paytm = { ...JIO_PAGE, url: 'https://paytm.com/myorders/1' };
    const reply = await ask({ type: 'recharge.lookup', site: 'paytm', recharge: RECHARGE }, paytm);
    expect(reply.ok && reply.view).not.toBeNull();
  });
});

describe('handleContentMessage: logging on yes', () => {
  it('writes the recharge through the store, from the extension, as a plan voucher with its validity', async () => {
    const reply = await ask({ type: 'recharge.log', site: 'jio', recharge: RECHARGE });
    expect(reply).toMatchObject({ ok: true, view: { message: 'Logged: the ₹299 recharge for Mom’s Jio (…3210).' } });
    expect(await eventsForSim(db, sim.id)).toMatchObject([
      { type: 'recharge', date: TODAY, amount: 29900, voucher: 'plan', validityDays: 28, source: 'extension', note: '₹299 · 2 GB/Day' },
    ]);
  });

  it('logs a top-up as a top-up, so its money reaches the balance', async () => {
    await ask({ type: 'recharge.log', site: 'jio', recharge: { number: NUMBER, amount: 5000, plan: 'Talktime top-up ₹50' } });
    expect(await eventsForSim(db, sim.id)).toMatchObject([{ voucher: 'topup', amount: 5000 }]);
  });

  it('says when the same recharge is already logged today', async () => {
    await ask({ type: 'recharge.log', site: 'jio', recharge: RECHARGE });
    const reply = await ask({ type: 'recharge.lookup', site: 'jio', recharge: RECHARGE });
    expect(reply.ok && reply.view?.details).toContain('A ₹299 recharge is already logged today for this SIM.');
  });

  it('refuses to log for a number that is not a SIM', async () => {
    const reply = await ask({ type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, number: '9123456789' } });
    expect(reply).toMatchObject({ ok: false, error: 'unknown_number' });
    expect(await allEvents(db)).toEqual([]);
  });
});

describe('handleContentMessage: refusals', () => {
  it.each([
    ['no object', 'hello'],
    ['an unknown type', { type: 'sim.delete', site: 'jio' }],
    ['an unknown site', { type: 'recharge.lookup', site: 'evil', recharge: RECHARGE }],
    ['a number that is not mobile', { type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, number: '12345' } }],
    ['an amount in rupees with decimals', { type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, amount: 299.5 } }],
    ['a zero amount', { type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, amount: 0 } }],
    ['a validity of 1,000 days', { type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, validityDays: 1000 } }],
    ['a plan that is not text', { type: 'recharge.log', site: 'jio', recharge: { ...RECHARGE, plan: { html: '<b>' } } }],
    ['dismissing the reader', { type: 'site.dismiss', site: 'reader' }],
  ])('refuses a message with %s', async (_what, message) => {
    expect(await ask(message)).toEqual({ ok: false, error: 'shape' });
    expect(await allEvents(db)).toEqual([]);
  });

  it.each<[string, ContentSender]>([
    ['another extension', { ...JIO_PAGE, id: 'someoneelse' }],
    ['no tab (not a content script)', { id: OWN_ID, url: JIO_PAGE.url! }],
    ['a page that is not the site it names', { ...JIO_PAGE, url: 'https://evil.example/selfcare/recharge/x' }],
    ['another site’s recharge page', { ...JIO_PAGE, url: 'https://paytm.com/myorders/1' }],
    ['the site outside its recharge paths', { ...JIO_PAGE, url: 'https://www.jio.com/account' }],
  ])('refuses a sender that is %s', async (_what, sender) => {
    expect(await ask({ type: 'recharge.log', site: 'jio', recharge: RECHARGE }, sender)).toEqual({ ok: false, error: 'sender' });
    expect(await allEvents(db)).toEqual([]);
  });

  it('accepts the generic reader only in a tab where the user started it', async () => {
    const anyPage: ContentSender = { id: OWN_ID, url: 'https://shop.example/thanks', tab: { id: 12 } };
    const message = { type: 'recharge.lookup', site: 'reader', recharge: RECHARGE };
    expect(await ask(message, anyPage)).toEqual({ ok: false, error: 'sender' });
    await fake.ports.readerGrants.allow(12);
    const reply = await ask(message, anyPage);
    expect(reply.ok && reply.view?.buttons.map((button) => button.action)).toEqual(['yes', 'later']);
  });

  it('tells the reader’s user when the page held no recharge', async () => {
    await fake.ports.readerGrants.allow(7);
    expect(await ask({ type: 'reader.nothing', site: 'reader' })).toMatchObject({ ok: true, view: { message: 'SIM Keeper found no completed recharge on this page.' } });
  });
});
