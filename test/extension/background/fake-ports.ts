/**
 * Ports that remember what they were asked, in place of chrome.* in the background: one
 * definition for the handler's unit tests and the browser tests that run it against real pages.
 */
import type { ContentPorts } from '../../../extension/background/content-ports';

/** The extension id the fake background answers to. */
export const OWN_ID = 'simkeeperextensionidaaaaaaaaaaaa';

export function fakePorts() {
  const dismissed = new Set<string>();
  const granted = new Set<number>();
  const opened: string[] = [];
  const ports: ContentPorts = {
    extensionId: OWN_ID,
    dismissals: { has: async (site) => dismissed.has(site), add: async (site) => void dismissed.add(site) },
    readerGrants: { allow: async (tab) => void granted.add(tab), granted: async (tab) => granted.has(tab) },
    openAddSim: async (number) => void opened.push(number),
  };
  return { ports, dismissed, granted, opened };
}
