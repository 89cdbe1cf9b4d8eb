/**
 * Amazon Pay (www.amazon.in/hfc/...): the mobile recharge thank-you page. Fixture
 * test/fixtures/sites/amazonpay.html is modelled on its known structure and wording (an a-alert
 * success box "Recharge successful" with "Your Vi prepaid recharge of ₹1,199.00 for <number> is
 * successful.", then an a-box with Plan and Validity rows); not a captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, textAt, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const ALERT = '#hfc-status-alert';

export const amazonpay: SiteAdapter = {
  id: 'amazonpay',
  status: `${ALERT} .a-alert-heading`,
  isConfirmation(document) {
    return document.querySelector(ALERT)?.classList.contains('a-alert-success') === true && saysSuccess(statusText(this, document));
  },
  read(document) {
    const sentence = textAt(document, `${ALERT} .a-alert-content`);
    const box = document.querySelector('#hfc-plan-box') ?? document;
    return rechargeOf({
      number: mobileNumberIn(sentence),
      amount: rupeeAmountIn(sentence),
      plan: planName(valueBeside(box, /^Plan$/i)),
      validityDays: validityDaysIn(valueBeside(box, /^Validity$/i)),
    });
  },
};
