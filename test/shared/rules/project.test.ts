import { describe, expect, it } from 'vitest';
import { project } from '../../../shared/rules/project';
import { withPolicy } from '../../../shared/rules/policy';

describe('project', () => {
  it('projects a prepaid SIM under regs 11, 12 and 14', () => {
    expect(project({ connection: 'prepaid', since: '2026-01-01' }, withPolicy(), [], '2026-01-05')).toMatchObject({ connection: 'prepaid', nonUsageEnds: '2026-04-01' });
  });
  it('projects a postpaid SIM under reg 13', () => {
    expect(project({ connection: 'postpaid', since: '2026-01-01' }, withPolicy(), [], '2026-01-05')).toMatchObject({ connection: 'postpaid', state: 'active' });
  });
});
