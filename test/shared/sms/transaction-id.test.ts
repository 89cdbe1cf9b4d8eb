import { describe, expect, it } from 'vitest';
import { findTransactionId } from '../../../shared/sms/transaction-id';

const id = (text: string) => findTransactionId(text)?.id ?? null;

describe('findTransactionId', () => {
  it('reads the id after each way operators label it', () => {
    expect(id('Transaction ID: BR000ABC1234')).toBe('BR000ABC1234');
    expect(id('Txn ID: 7281930017.')).toBe('7281930017');
    expect(id('Trans ID: NR55501234')).toBe('NR55501234');
    expect(id('TransID: BS7788990011')).toBe('BS7788990011');
    expect(id('Ref No: VI2026123456')).toBe('VI2026123456');
    expect(id('Order ID #OD12345678')).toBe('OD12345678');
    expect(id('लेनदेन आईडी: BR0000XYZ123')).toBe('BR0000XYZ123');
  });
  it('wants at least one digit, so a word after the label is not an id', () => {
    expect(id('Transaction ID: pending')).toBeNull();
  });
  it('gives nothing without a label', () => {
    expect(id('BR000ABC1234')).toBeNull();
  });
  it('gives where the id stands, so it is not read again as a phone number', () => {
    expect(findTransactionId('Txn ID: 7281930017')).toMatchObject({ start: 8, end: 18 });
  });
});
