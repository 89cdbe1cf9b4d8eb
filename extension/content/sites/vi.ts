/**
 * Vi (www.myvi.in): the online recharge status page. Fixture test/fixtures/sites/vi.html is
 * modelled on its known structure and wording ("Recharge Successful!", the Vi number, then small
 * cards of Pack, Validity and Amount paid, each a label over a value); not a captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, textAt, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const STATUS = 'section.recharge-status';

export const vi: SiteAdapter = {
  id: 'vi',
  status: `${STATUS} .recharge-status__heading`,
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const section = document.querySelector(STATUS);
    if (!section) return null;
    return rechargeOf({
      number: mobileNumberIn(textAt(section, '.recharge-status__number')),
      amount: rupeeAmountIn(valueBeside(section, /^Amount paid$/i)),
      plan: planName(valueBeside(section, /^Pack$/i)),
      validityDays: validityDaysIn(valueBeside(section, /^Validity$/i)),
    });
  },
};
