import { describe, expect, it } from 'vitest';
import { earlyCertainty } from '../../../../shared/rules/findings/certainty';

describe('earlyCertainty', () => {
  it('is possible on the day before the allowed day, which the record cannot pin down', () => expect(earlyCertainty('2026-03-31', '2026-04-01')).toBe('possible'));
  it('is clear two days or more before it', () => expect(earlyCertainty('2026-03-30', '2026-04-01')).toBe('clear'));
});
