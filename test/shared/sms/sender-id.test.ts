import { describe, expect, it } from 'vitest';
import { readSenderId } from '../../../shared/sms/sender-id';

describe('readSenderId', () => {
  it('reads the header, the 2025 suffix and the operator of a sender id', () => {
    expect(readSenderId('JA-JIOPAY-S')).toEqual({ header: 'JIOPAY', category: 'service', operator: 'jio', bank: false });
    expect(readSenderId('JX-JIONET-P')?.category).toBe('promotional');
    expect(readSenderId('AD-AIRTEL-T')?.category).toBe('transactional');
    expect(readSenderId('DM-MTNLDL-G')?.category).toBe('government');
  });
  it('reads a sender id without the suffix, or without the prefix', () => {
    expect(readSenderId('AD-AIRTEL')).toEqual({ header: 'AIRTEL', category: null, operator: 'airtel', bank: false });
    expect(readSenderId('BSNLIN')?.operator).toBe('bsnl');
  });
  it('knows Vi by its own headers and those of Vodafone and Idea', () => {
    expect(['VM-ViCARE-S', 'VK-VFCARE', 'VM-IDEAIN'].map((s) => readSenderId(s)?.operator)).toEqual(['vi', 'vi', 'vi']);
  });
  it('marks banks and payment apps, the payments banks of Jio and Airtel among them', () => {
    expect(['AD-HDFCBK-S', 'PAYTMB', 'SBIUPI', 'VM-PHONPE-S', 'JM-JIOPBS-S', 'AD-AIRBNK-S'].map((s) => readSenderId(s)?.bank)).toEqual([true, true, true, true, true, true]);
    expect(readSenderId('JM-JIOPBS-S')?.operator).toBeNull();
  });
  it('gives nothing for a phone number, a short code or a shape it does not know', () => {
    expect(readSenderId('+919812345678')).toBeNull();
    expect(readSenderId('121')).toBeNull();
    expect(readSenderId('<script>')).toBeNull();
    expect(readSenderId(undefined)).toBeNull();
  });
});
