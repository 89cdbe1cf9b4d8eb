/**
 * Paytm (paytm.com): the order summary of a mobile recharge, paytm.com/myorders/<order id>. Fixture
 * test/fixtures/sites/paytm.html is modelled on its known structure and wording (a status line
 * "Recharge of Jio Prepaid Mobile <number> Successful", the amount, and "Plan Details" whose text
 * ends "Validity: 28 Days"); not a captured copy. The header shows the signed-in user's number, so
 * the number comes from the status line only.
 */
import { mobileNumberIn, planName, rupeeAmountIn, textAt, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const ORDER = '._order';

export const paytm: SiteAdapter = {
  id: 'paytm',
  status: `${ORDER} ._status-text`,
  isConfirmation(document) {
    const status = statusText(this, document);
    return /^Recharge of /i.test(status) && saysSuccess(status);
  },
  read(document) {
    const order = document.querySelector(ORDER);
    if (!order) return null;
    const plan = textAt(order, '._plan-desc');
    return rechargeOf({
      number: mobileNumberIn(textAt(order, '._status-text')),
      amount: rupeeAmountIn(textAt(order, '._amount')),
      plan: planName(plan.replace(/\|?\s*Validity:.*$/i, '')),
      validityDays: validityDaysIn(plan.replace(/^.*Validity:/i, '')),
    });
  },
};
