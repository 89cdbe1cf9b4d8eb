/**
 * Placeholder for the recharge sites' content script (issue 8, section 4, written by the
 * recharge-sites work): the manifest lists this file for every pattern of SITE_MATCHES.
 */
export {};
