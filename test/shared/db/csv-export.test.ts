import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import { CSV_BOM, csvCell, csvHeader, exportEventsCsv, rupeesText } from '../../../shared/db/csv-export';
import { loadLanguage, translate } from '../../../shared/i18n/translate';
import type { MessageKey } from '../../../shared/i18n/en';

const english = (key: MessageKey) => translate('en', key);
import type { EventRecord, SimRecord } from '../../../shared/db/types';

const sim: SimRecord = {
  id: 's1', label: 'Jio, "daily"', number: '9876543210', operator: 'jio', circle: '', connection: 'prepaid',
  since: '2025-01-01', policy: withPolicy(), colour: '#1e6fd9', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

const meta = { simId: 's1', source: 'manual' as const };

describe('rupeesText', () => {
  it('writes paise as rupees with exactly two decimals', () => {
    expect(rupeesText(29900)).toBe('299.00');
    expect(rupeesText(1250)).toBe('12.50');
    expect(rupeesText(5)).toBe('0.05');
    expect(rupeesText(0)).toBe('0.00');
    expect(rupeesText(123456789)).toBe('1234567.89');
  });
});

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Jio daily')).toBe('Jio daily');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+91 call')).toBe("'+91 call");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('exportEventsCsv', () => {
  const events: EventRecord[] = [
    { ...meta, id: 'e2', seq: 2, updatedAt: '2026-03-01T00:00:00.000Z', type: 'activity', date: '2026-03-01', kind: 'call_out', note: 'to mum, "urgent"\nreally' },
    { ...meta, id: 'e1', seq: 1, updatedAt: '2026-03-01T00:00:00.000Z', type: 'recharge', date: '2026-02-01', amount: 29900, voucher: 'plan', validityDays: 28, source: 'sms' },
    { ...meta, id: 'e3', seq: 3, updatedAt: '2026-03-01T00:00:00.000Z', type: 'balance', date: '2026-03-01', amount: 1250 },
    { ...meta, id: 'e4', seq: 4, updatedAt: '2026-03-01T00:00:00.000Z', type: 'safe_custody', date: '2026-03-02', months: 3, amount: 15000 },
    { ...meta, id: 'e5', seq: 5, updatedAt: '2026-03-01T00:00:00.000Z', type: 'reactivated', date: '2026-03-03' },
  ];

  it('writes a header and one row per event, oldest first, every field in its own column, in words, with CRLF line ends', () => {
    const csv = exportEventsCsv([sim], events, english);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'SIM,Operator,Date,What happened,Detail,Amount (₹),Talktime added (₹),Validity (days),Valid until,Months,Paid until,Source,Note',
      '"Jio, ""daily""",Jio,2026-02-01,Recharge,Plan voucher,299.00,,28,,,,from an SMS,',
      '"Jio, ""daily""",Jio,2026-03-01,Used the SIM,Made a call,,,,,,,logged by you,"to mum, ""urgent""\nreally"',
      '"Jio, ""daily""",Jio,2026-03-01,Balance check,,12.50,,,,,,logged by you,',
      '"Jio, ""daily""",Jio,2026-03-02,Safe custody (postpaid),,150.00,,,,3,,logged by you,',
      '"Jio, ""daily""",Jio,2026-03-03,Number reactivated,,,,,,,,logged by you,',
      '',
    ]);
  });

  it('keeps a top-up\'s talktime and its validity end, and advance rent\'s end', () => {
    const more: EventRecord[] = [
      { ...meta, id: 'e6', seq: 6, updatedAt: '2026-03-01T00:00:00.000Z', type: 'recharge', date: '2026-03-04', amount: 10000, voucher: 'topup', monetaryValue: 8150, validityEnds: '2026-04-03' },
      { ...meta, id: 'e7', seq: 7, updatedAt: '2026-03-01T00:00:00.000Z', type: 'advance_rent', date: '2026-03-05', through: '2026-09-30' },
    ];
    const rows = exportEventsCsv([sim], more, english).split('\r\n');
    expect(rows[1]).toBe('"Jio, ""daily""",Jio,2026-03-04,Recharge,Top-up (talktime),100.00,81.50,,2026-04-03,,,logged by you,');
    expect(rows[2]).toBe('"Jio, ""daily""",Jio,2026-03-05,Rent paid in advance (postpaid),,,,,,,2026-09-30,logged by you,');
  });

  it('speaks Hindi to a Hindi user', async () => {
    await loadLanguage('hi');
    const hindi = (key: MessageKey) => translate('hi', key);
    const rows = exportEventsCsv([sim], events, hindi).slice(1).split('\r\n');
    expect(rows[0]).toBe(csvHeader(hindi).join(','));
    expect(rows[0]).toContain('तारीख़');
    expect(rows[1]).toContain(',प्लान वाउचर,');
    expect(rows[1]).not.toMatch(/,plan,|,recharge,|,sms,/);
  });

  it('leaves the phone number out', () => {
    expect(exportEventsCsv([sim], events, english)).not.toContain('9876543210');
  });

  it('writes only the header when there are no events', () => {
    expect(exportEventsCsv([sim], [], english)).toBe(`${CSV_BOM}${csvHeader(english).join(',')}\r\n`);
  });
});
