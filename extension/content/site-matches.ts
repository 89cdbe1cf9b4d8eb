/**
 * The recharge sites the content script runs on, as data only (no DOM): the manifest builds its
 * content_scripts and host_permissions from this list, so a site's permission is exactly its
 * recharge paths. One entry per adapter in extension/content/sites/.
 *
 * Least privilege: https only, the site's recharge or order-status paths only, never a whole
 * origin. The generic reader needs no entry: it runs on the user's click, through activeTab.
 */
export interface SiteMatch {
  /** The adapter's id, also its file name: extension/content/sites/<id>.ts. */
  id: string;
  /** The site's own name, as people know it (a brand: the same in every language). */
  name: string;
  /** Chrome match patterns of the site's recharge (confirmation) pages. */
  matches: string[];
}

export const SITE_MATCHES: readonly SiteMatch[] = [
  { id: 'jio', name: 'Jio', matches: ['https://www.jio.com/selfcare/recharge/*'] },
  { id: 'airtel', name: 'Airtel', matches: ['https://www.airtel.in/prepaid-recharge/*'] },
  { id: 'vi', name: 'Vi', matches: ['https://www.myvi.in/prepaid/online-mobile-recharge/*'] },
  { id: 'bsnl', name: 'BSNL', matches: ['https://portal2.bsnl.in/myportal/*'] },
  { id: 'paytm', name: 'Paytm', matches: ['https://paytm.com/myorders/*'] },
  { id: 'phonepe', name: 'PhonePe', matches: ['https://www.phonepe.com/mobile-recharge/*'] },
  { id: 'amazonpay', name: 'Amazon Pay', matches: ['https://www.amazon.in/hfc/*'] },
  { id: 'freecharge', name: 'Freecharge', matches: ['https://www.freecharge.in/mobile-recharge/*'] },
  { id: 'mobikwik', name: 'MobiKwik', matches: ['https://www.mobikwik.com/mobile-recharge/*'] },
];

