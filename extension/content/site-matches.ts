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
  /** Chrome match patterns of the site's recharge (confirmation) pages. */
  matches: string[];
}

export const SITE_MATCHES: readonly SiteMatch[] = [
  { id: 'jio', matches: ['https://www.jio.com/selfcare/recharge/*'] },
  { id: 'airtel', matches: ['https://www.airtel.in/prepaid-recharge/*'] },
  { id: 'vi', matches: ['https://www.myvi.in/prepaid/online-mobile-recharge/*'] },
  { id: 'bsnl', matches: ['https://portal2.bsnl.in/myportal/*'] },
  { id: 'paytm', matches: ['https://paytm.com/myorders/*'] },
  { id: 'phonepe', matches: ['https://www.phonepe.com/mobile-recharge/*'] },
  { id: 'amazonpay', matches: ['https://www.amazon.in/hfc/*'] },
  { id: 'freecharge', matches: ['https://www.freecharge.in/mobile-recharge/*'] },
  { id: 'mobikwik', matches: ['https://www.mobikwik.com/mobile-recharge/*'] },
];

