/**
 * MobiKwik (www.mobikwik.com): the mobile recharge status page. Fixture
 * test/fixtures/sites/mobikwik.html is modelled on its known structure and wording ("Recharge
 * successful", "₹155 recharge for <number>", then the plan's description with its validity in the
 * text); not a captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, textAt, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const STATUS = '#rechargeStatus';

export const mobikwik: SiteAdapter = {
  id: 'mobikwik',
  status: `${STATUS} .rc-status__title`,
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const summary = textAt(document, `${STATUS} .rc-status__summary`);
    const plan = textAt(document, `${STATUS} .rc-status__plan`).replace(/^Plan:\s*/i, '');
    return rechargeOf({
      number: mobileNumberIn(summary),
      amount: rupeeAmountIn(summary),
      plan: planName(plan),
      validityDays: validityDaysIn(plan),
    });
  },
};
