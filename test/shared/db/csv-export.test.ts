import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../../shared/rules/policy';
import { csvCell, exportEventsCsv, rupeesText } from '../../../shared/db/csv-export';
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

  it('writes a header and one row per event, oldest first, with CRLF line ends', () => {
    const csv = exportEventsCsv([sim], events);
    expect(csv.split('\r\n')).toEqual([
      'SIM,Operator,Date,Type,Detail,Amount (Rs),Source,Note',
      '"Jio, ""daily""",jio,2026-02-01,recharge,plan,299.00,sms,',
      '"Jio, ""daily""",jio,2026-03-01,activity,call_out,,manual,"to mum, ""urgent""\nreally"',
      '"Jio, ""daily""",jio,2026-03-01,balance,,12.50,manual,',
      '"Jio, ""daily""",jio,2026-03-02,safe_custody,3 months,150.00,manual,',
      '"Jio, ""daily""",jio,2026-03-03,reactivated,,,manual,',
      '',
    ]);
  });

  it('leaves the phone number out', () => {
    expect(exportEventsCsv([sim], events)).not.toContain('9876543210');
  });

  it('writes only the header when there are no events', () => {
    expect(exportEventsCsv([sim], [])).toBe('SIM,Operator,Date,Type,Detail,Amount (Rs),Source,Note\r\n');
  });
});
