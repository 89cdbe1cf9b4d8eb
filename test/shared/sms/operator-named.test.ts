import { describe, expect, it } from 'vitest';
import { operatorNamed } from '../../../shared/sms/operator-named';

describe('operatorNamed', () => {
  it('finds the one operator a message names, in English or Hindi', () => {
    expect(operatorNamed('Your Jio number 9876543210')).toBe('jio');
    expect(operatorNamed('एयरटेल: ₹155 का रिचार्ज सफल')).toBe('airtel');
    expect(operatorNamed('Your BSNL Main Balance is Rs.64.25')).toBe('bsnl');
    expect(operatorNamed('MTNL Dolphin')).toBe('mtnl');
  });
  it('counts Vodafone, Idea and Vi as one operator', () => {
    expect(operatorNamed('आपका वोडाफोन आइडिया नंबर')).toBe('vi');
    expect(operatorNamed('Dear Vi user, your Vodafone Idea pack')).toBe('vi');
  });
  it('gives nothing when two operators are named, or none', () => {
    expect(operatorNamed('Port from Airtel to Jio')).toBeNull();
    expect(operatorNamed('Balance the books')).toBeNull();
  });
  it('does not take "vi" inside a word for Vi', () => {
    expect(operatorNamed('services via video')).toBeNull();
  });
});
