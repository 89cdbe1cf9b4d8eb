import { describe, expect, it } from 'vitest';
import { findMobileNumbers, subscriberNumber } from '../../../shared/sms/mobile-number';

describe('findMobileNumbers', () => {
  it('reads numbers with +91, 91 or 0 and with a space or dash in the middle, as the store normalises them', () => {
    expect(findMobileNumbers('+91 98765 43210, 919876543211, 09876543212, 98765-43213').map((n) => n.number))
      .toEqual(['9876543210', '9876543211', '9876543212', '9876543213']);
  });
  it('leaves masked numbers out', () => {
    expect(findMobileNumbers('on 96xxxxxxxx and XXXXXX4294 and 98******10')).toEqual([]);
  });
  it('does not read a number out of a longer run of digits or an id with letters', () => {
    expect(findMobileNumbers('UPI Ref 803216002599 and BR9876543210')).toEqual([]);
  });
});

describe('subscriberNumber', () => {
  it('takes the only number the message names', () => {
    expect(subscriberNumber('Balance for 9632717191 is Rs. 208.24')).toBe('9632717191');
  });
  it('takes the labelled number when there are several', () => {
    expect(subscriberNumber('Call 9000000001 for help. Recharge for number 9876543210 done')).toBe('9876543210');
  });
  it('gives nothing when several numbers leave it unclear', () => {
    expect(subscriberNumber('9000000001 and 9876543210')).toBeNull();
  });
  it('does not take a transaction id that looks like a number', () => {
    expect(subscriberNumber('Txn ID: 7281930017', [{ start: 8, end: 18 }])).toBeNull();
  });
});
