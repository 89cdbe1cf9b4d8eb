/**
 * Placeholder for the generic reader (issue 8, section 4, written by the recharge-sites work),
 * injected into the current tab on the user's click by extension/background/generic-reader-trigger.ts.
 */
export {};
