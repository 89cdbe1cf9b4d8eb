/**
 * Pasting a thread of operator SMS (issue 9, section 2): each message is read on its own, the user
 * corrects and unticks what they like, a message it cannot read and one already in the thread are
 * pointed out, and only the ticked entries are saved, on yes. English and Hindi.
 */
import { describe, expect, it } from 'vitest';
import { withAppPage } from './browser';
import { useAppInChromium } from './session';
import { addSimViaUi } from './pwa';
import { storedEvents } from './stored-events';

const session = useAppInChromium();
const TODAY = '2026-08-02';
const RECHARGE = 'Recharge of Rs.299 for Jio Number 9876543210 is successful. Plan: 2GB/day, Unlimited Voice, 100 SMS/day valid till 30-08-2026. Transaction ID: BR000ABC1234';
const USAGE = 'Call Charge Rs. 3.08.Balance Rs.27.61.Dial 12131 to buy your best offer';
const ANR = 'Rs 20 has been deducted from your main balance to keep your Jio number active for 30 more days as per TRAI number retention. Main balance: Rs 64.00';
const OTP = '123456 is your OTP for login. Do not share it with anyone.';
/** Five messages as a Messages app copies them: a line of time between them, the recharge twice. */
const THREAD = ['10:02 AM', RECHARGE, '', USAGE, '', '11:40 AM', ANR, '', OTP, '', 'Yesterday', RECHARGE].join('\n');

describe('pasting operator SMS', () => {
  it('reads a thread of five messages and saves three, as corrected', async () => {
    await withAppPage(session.browser, { today: TODAY }, async (page) => {
      const simId = await addSimViaUi(page, session.app, { label: 'Jio spare', number: '9876543210', since: '2026-01-01' });

      // From the SIM's page: a message that names no number is taken as this SIM's.
      await page.getByRole('link', { name: 'Paste an operator SMS' }).click();
      await page.getByRole('heading', { level: 1, name: 'Operator SMS' }).waitFor();
      await page.getByLabel('Paste one message or a whole thread').fill(THREAD);
      await page.getByRole('button', { name: 'Read the messages' }).click();
      await page.getByText('Messages: 5. Understood: 4.').waitFor();

      const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings).toEqual(['A recharge', 'A charged call, SMS or data session', 'An ANR deduction', 'Not understood', 'A recharge']);
      await page.getByText('This is a one-time password, not an account message.').waitFor();
      // The recharge pasted twice: the second is pointed out and cannot be ticked.
      await page.getByText('Already logged (same transaction id): it will not be saved twice.').waitFor();
      expect(await page.locator('#sms-4-0-date').count()).toBe(0);

      // Usage: the SMS does not say what was used; the user says it was data, and does not want the balances.
      await page.getByText('Not in the message: please check.').first().waitFor();
      await page.locator('#sms-1-0-kind').selectOption('data');
      await page.locator('fieldset', { has: page.locator('#sms-1-1-amount') }).getByRole('checkbox').uncheck();
      await page.locator('fieldset', { has: page.locator('#sms-2-1-amount') }).getByRole('checkbox').uncheck();
      // The ANR deduction happened the day before the paste.
      await page.locator('#sms-2-0-date').fill('2026-08-01');
      await page.screenshot({ path: '/tmp/sms-paste-en.png', fullPage: true });
      expect(await storedEvents(page)).toEqual([]);

      await page.getByRole('button', { name: 'Save the ticked entries (3)' }).click();
      await page.waitForURL(/#\/sim\/[^/?]+$/);
      await page.getByText('Saved from SMS: 3').waitFor();
      const saved = await storedEvents(page);
      expect(saved.map(({ type, date, amount, kind, source, simId: sim }) => ({ type, date, amount, kind, source, sim }))).toEqual(expect.arrayContaining([
        { type: 'recharge', date: TODAY, amount: 29900, kind: undefined, source: 'sms', sim: simId },
        { type: 'activity', date: TODAY, amount: undefined, kind: 'data', source: 'sms', sim: simId },
        { type: 'anr_deduction', date: '2026-08-01', amount: 2000, kind: undefined, source: 'sms', sim: simId },
      ]));
      expect(saved).toHaveLength(3);
      // The text was not asked to be kept.
      expect(saved.filter((event) => event.note !== undefined)).toEqual([]);
    });
  });

  it('in Hindi: a message it cannot read opens the log form, prefilled, and only Save stores it', async () => {
    await withAppPage(session.browser, { today: TODAY, locale: 'hi-IN' }, async (page) => {
      await addSimViaUi(page, session.app, { label: 'जियो', number: '9876543210', since: '2026-01-01' }, 'सेव करें');

      await page.goto(`${session.app.url}#/`);
      await page.getByRole('link', { name: 'ऑपरेटर का SMS पेस्ट करें' }).click();
      await page.getByLabel('एक मैसेज या पूरी बातचीत पेस्ट करें').fill(`${RECHARGE}\n\nनमस्ते, कल मिलते हैं`);
      await page.getByRole('button', { name: 'मैसेज पढ़ें' }).click();
      await page.getByRole('heading', { level: 2, name: 'रिचार्ज' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'समझ नहीं आया' }).waitFor();
      await page.getByText('SIM Keeper यह मैसेज पढ़ नहीं सका।').waitFor();
      await page.getByText('मैसेज में नंबर').waitFor();
      await page.screenshot({ path: '/tmp/sms-paste-hi.png', fullPage: true });

      // The unreadable message has no SIM yet: the user picks one, asks to keep the text, and enters it by hand.
      await page.locator('#sms-1-sim').selectOption({ label: 'जियो · 98765 43210' });
      await page.getByLabel('हर मैसेज का टेक्स्ट एंट्री की टिप्पणी में रखें').check();
      await page.getByRole('button', { name: 'ख़ुद दर्ज करें' }).click();
      await page.waitForURL(/#\/sim\/[^/?]+\/log$/);
      expect(await page.locator('#note').inputValue()).toBe('नमस्ते, कल मिलते हैं');
      expect(await page.locator('#date').inputValue()).toBe(TODAY);
      expect(await storedEvents(page)).toEqual([]);
    });
  });
});
