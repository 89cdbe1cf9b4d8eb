import { describe, expect, it } from 'vitest';
import { formatMobileNumber, normaliseMobileNumber } from '../../../shared/db/phone-number';

describe('normaliseMobileNumber', () => {
  it.each([
    ['9876543210', '9876543210'],
    ['+91 98765 43210', '9876543210'],
    ['+919876543210', '9876543210'],
    ['09876543210', '9876543210'],
    ['919876543210', '9876543210'],
    ['98765-43210', '9876543210'],
    ['+91-98765-43210', '9876543210'],
    [' 6000000000 ', '6000000000'],
    ['7000000000', '7000000000'],
    ['8000000000', '8000000000'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseMobileNumber(raw)).toBe(expected);
  });

  it('keeps a 10-digit number that happens to start with 91 as it is', () => {
    expect(normaliseMobileNumber('9198765432')).toBe('9198765432');
  });

  it.each([
    ['5876543210', 'starts with 5'],
    ['0123456789', 'starts with 0 and has only 10 digits'],
    ['987654321', 'has 9 digits'],
    ['98765432100', 'has 11 digits without a leading 0'],
    ['+92 98765 43210', 'has a foreign country code'],
    ['+91 98765 4321', 'has 9 digits after +91'],
    ['9198765432101', 'has 13 digits'],
    ['919576543210x', 'has a letter'],
    ['(98765) 43210', 'has brackets'],
    ['', 'is empty'],
    ['+91 58765 43210', 'starts with 5 after +91'],
    ['0 58765 43210', 'starts with 5 after 0'],
  ])('rejects %j, which %s', (raw) => {
    expect(normaliseMobileNumber(raw)).toBeNull();
  });

  it('rejects anything that is not a string', () => {
    expect(normaliseMobileNumber(9876543210)).toBeNull();
    expect(normaliseMobileNumber(null)).toBeNull();
  });
});

describe('formatMobileNumber', () => {
  it('writes a number as five digits, a space and five digits', () => {
    expect(formatMobileNumber('9876543210')).toBe('98765 43210');
  });
});
