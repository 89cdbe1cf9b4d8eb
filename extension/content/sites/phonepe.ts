/**
 * PhonePe (www.phonepe.com): the transaction details of a mobile recharge. Fixture
 * test/fixtures/sites/phonepe.html is modelled on the known structure and wording of PhonePe's
 * transaction screen ("Transaction Successful", "Mobile recharge for", "Paid", Plan, Validity as
 * label/value rows); not a captured copy. PhonePe sells recharges mostly in its app: this adapter
 * covers the same screen on the web.
 */
import { cleanText, mobileNumberIn, planName, rupeeAmountIn, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

const TXN = '.txn';

export const phonepe: SiteAdapter = {
  id: 'phonepe',
  status: `${TXN} .txn__state`,
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const txn = document.querySelector(TXN);
    if (!txn || !/^Mobile recharge for$/i.test(firstLabel(txn))) return null;
    return rechargeOf({
      number: mobileNumberIn(valueBeside(txn, /^Mobile recharge for$/i)),
      amount: rupeeAmountIn(valueBeside(txn, /^Paid$/i)),
      plan: planName(valueBeside(txn, /^Plan$/i)),
      validityDays: validityDaysIn(valueBeside(txn, /^Validity$/i)),
    });
  },
};

/** The first row's label: a recharge's says "Mobile recharge for", a payment to a person does not. */
function firstLabel(txn: Element): string {
  return cleanText(txn.querySelector('.txn__label')?.textContent);
}
