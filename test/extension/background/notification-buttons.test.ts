import { describe, expect, it } from 'vitest';
import { buttonAction, notificationButtons } from '../../../extension/background/notification-buttons';

describe('the buttons of a Chrome notification', () => {
  it('are "I used it today" and "Remind me tomorrow" for a SIM\'s reminder', () => {
    expect(notificationButtons('sim-1')).toEqual(['used', 'snooze']);
    expect(buttonAction('sim-1', 0)).toBe('used');
    expect(buttonAction('sim-1', 1)).toBe('snooze');
  });

  it('are "Remind me tomorrow" and "Done" for the backup reminder, which has no SIM', () => {
    expect(notificationButtons('')).toEqual(['snooze', 'done']);
  });

  it('are "Remind me tomorrow" and "Done" for a closed operator\'s refund reminder: using the SIM cannot help', () => {
    expect(notificationButtons('sim-1', 'sim-1:refund_outstanding:2026-02-14')).toEqual(['snooze', 'done']);
    expect(buttonAction('sim-1', 1, 'sim-1:refund_outstanding:2026-02-14')).toBe('done');
    expect(notificationButtons('sim-1', 'sim-1:non_usage_ends:2026-04-01:3')).toEqual(['used', 'snooze']);
  });

  it('know no third button (Chrome shows two at most)', () => {
    expect(buttonAction('sim-1', 2)).toBeNull();
    expect(buttonAction('sim-1', -1)).toBeNull();
  });
});
