/**
 * Freecharge (www.freecharge.in): the mobile recharge status page. Fixture
 * test/fixtures/sites/freecharge.html is modelled on its known structure and wording (a heading
 * "Recharge Successful" and a details list of Operator, Mobile Number, Amount and Plan, the
 * validity written inside the plan); not a captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const WRAP = '.status-wrap';

export const freecharge: SiteAdapter = {
  id: 'freecharge',
  status: `${WRAP} .status-heading`,
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const details = document.querySelector(`${WRAP} .status-details`);
    if (!details) return null;
    const plan = valueBeside(details, /^Plan$/i);
    return rechargeOf({
      number: mobileNumberIn(valueBeside(details, /^Mobile Number$/i)),
      amount: rupeeAmountIn(valueBeside(details, /^Amount$/i)),
      plan: planName(plan),
      validityDays: validityDaysIn(plan),
    });
  },
};
