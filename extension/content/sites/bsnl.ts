/**
 * BSNL (portal2.bsnl.in): the portal's quick-recharge receipt. Fixture test/fixtures/sites/bsnl.html
 * is modelled on its known structure and wording (an older table layout: "Transaction Status :
 * SUCCESS", then a receipt table of Mobile Number, Plan, Validity and "Denomination (Rs.)", whose
 * value carries no rupee sign); not a captured copy.
 */
import { mobileNumberIn, planName, rupeeAmountIn, valueBeside, validityDaysIn } from '../page-text';
import { rechargeOf, saysSuccess, statusText, type SiteAdapter } from '../site-adapter';

export const bsnl: SiteAdapter = {
  id: 'bsnl',
  status: '#receiptDiv #txnStatus',
  isConfirmation(document) {
    return saysSuccess(statusText(this, document));
  },
  read(document) {
    const table = document.querySelector('#receiptDiv #receiptTable');
    if (!table) return null;
    return rechargeOf({
      number: mobileNumberIn(valueBeside(table, /^Mobile Number$/i)),
      // The label says the unit; the value is a bare "187.00".
      amount: rupeeAmountIn(`Rs ${valueBeside(table, /^Denomination \(Rs\.?\)$/i)}`),
      plan: planName(valueBeside(table, /^Plan$/i)),
      validityDays: validityDaysIn(valueBeside(table, /^Validity$/i)),
    });
  },
};
