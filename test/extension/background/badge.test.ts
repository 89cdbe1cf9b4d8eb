import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeText } from '../../../extension/background/badge';

describe('the action badge', () => {
  it('shows the count of SIMs needing attention, nothing at zero, and 99+ past two digits', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(120)).toBe('99+');
  });

  it('has a colour for every risk level, urgent the red of the app\'s urgent badges', () => {
    expect(Object.keys(BADGE_COLOURS).sort()).toEqual(['lost', 'ok', 'soon', 'urgent']);
    expect(BADGE_COLOURS.urgent).toBe('#b42318');
  });
});
