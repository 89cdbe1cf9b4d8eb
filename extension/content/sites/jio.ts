/**
 * Jio (www.jio.com): the selfcare recharge status page. Fixture test/fixtures/sites/jio.html is
 * modelled on the page's known structure and wording (a status card "Recharge successful" over
 * label/value pairs: Jio Number, Plan, Validity, Amount paid); not a captured copy. The header
 * shows the signed-in user's own number, so the number is read from the details, never the page.
 */
import { mobileNumberIn, planName, rupeeAmountIn, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const CARD = '.payment-status .status-card';

export const jio: SiteAdapter = {
  id: 'jio',
  status: `${CARD} .status-title`,
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const card = document.querySelector(CARD);
    if (!card) return null;
    return rechargeOf({
      number: mobileNumberIn(valueBeside(card, /^Jio Number$/i)),
      amount: rupeeAmountIn(valueBeside(card, /^Amount paid$/i)),
      plan: planName(valueBeside(card, /^Plan$/i)),
      validityDays: validityDaysIn(valueBeside(card, /^Validity$/i)),
    });
  },
};
