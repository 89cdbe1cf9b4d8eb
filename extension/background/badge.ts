/**
 * The action's badge: how many SIMs need attention, coloured by the most urgent of them, in the
 * light theme's colours of the app's risk badges (shared/ui/styles/tokens.css), which carry white text.
 */
import type { RiskLevel } from '../../shared/rules/risk';

export const BADGE_COLOURS: Record<RiskLevel, string> = {
  ok: '#166534',
  soon: '#8a4b00',
  urgent: '#b42318',
  lost: '#4b5563',
};

/** The badge's text: the count, nothing at 0, '99+' past two digits (the badge has room for four characters). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export async function setActionBadge(count: number, level: RiskLevel | null): Promise<void> {
  await chrome.action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[level ?? 'soon'] });
}
