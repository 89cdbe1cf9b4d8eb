/**
 * Airtel (www.airtel.in): the prepaid recharge thank-you page. Fixture test/fixtures/sites/airtel.html
 * is modelled on its known structure and wording (a "Payment Successful" banner, "Recharge of ₹349
 * done for <number>", and a summary table: Mobile number, Pack, Pack validity, Amount); not a
 * captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

export const airtel: SiteAdapter = {
  id: 'airtel',
  status: '#thankyou-container .banner__title',
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const table = document.querySelector('#thankyou-container .summary-table');
    if (!table) return null;
    return rechargeOf({
      number: mobileNumberIn(valueBeside(table, /^Mobile number$/i)),
      amount: rupeeAmountIn(valueBeside(table, /^Amount$/i)),
      plan: planName(valueBeside(table, /^Pack$/i)),
      validityDays: validityDaysIn(valueBeside(table, /^Pack validity$/i)),
    });
  },
};
