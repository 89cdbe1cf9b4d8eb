import { describe, expect, it } from 'vitest';
import { splitThread } from '../../../../shared/app/sms/split-thread';

describe('splitThread', () => {
  it('keeps one message pasted alone as one message, however many lines it has', () => {
    expect(splitThread('Recharge of Rs.299 successful.\nValid till 30-08-2026.\nTransaction ID: BR000ABC1234'))
      .toEqual(['Recharge of Rs.299 successful.\nValid till 30-08-2026.\nTransaction ID: BR000ABC1234']);
  });

  it('splits a thread at empty lines, and drops the lines of time the Messages apps put between messages', () => {
    const thread = 'Yesterday\nRecharge of Rs.299 successful.\n\n10:15 AM\nRs 20 deducted for retention.\n 2 Aug 2026, 10:15 \nCall Charge Rs. 3.08.\r\n\r\n\r\nToday 9:05 pm\nLast data session charged Rs 6.25';
    expect(splitThread(thread)).toEqual([
      'Recharge of Rs.299 successful.', 'Rs 20 deducted for retention.', 'Call Charge Rs. 3.08.', 'Last data session charged Rs 6.25',
    ]);
  });

  it('gives no message for blank text', () => {
    expect(splitThread('  \n\n \t')).toEqual([]);
  });

  it('keeps a line that holds a date among words: it is part of a message', () => {
    expect(splitThread('Valid till 30-08-2026\nBal Rs 10')).toEqual(['Valid till 30-08-2026\nBal Rs 10']);
  });
});
