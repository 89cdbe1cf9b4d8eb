import { beforeAll, describe, expect, it } from 'vitest';
import { decideNotifications, dueBackupReminder, type DueInputs, type NotifiableSim, type ReminderStateLike } from '../../../shared/reminders/due-notifications';
import { withPolicy, type SimEvent } from '../../../shared/rules';
import { loadLanguage, translate } from '../../../shared/i18n/translate';

// Used last on 1 Jan with nothing on the balance: the non-usage period ends on 1 Apr (deactivation).
const SIM: NotifiableSim & { number: string } = {
  id: 'sim-a', label: 'Jio spare', number: '9876543210', connection: 'prepaid', since: '2026-01-01', policy: withPolicy(),
};
const OTHER: NotifiableSim = { id: 'sim-b', label: 'Airtel work', connection: 'prepaid', since: '2026-03-01', policy: withPolicy() };
const THREE_DAYS_BEFORE = '2026-03-29';
const REMINDER_ID = 'sim-a:non_usage_ends:2026-04-01:3';

function inputs(overrides: Partial<DueInputs> = {}): DueInputs {
  return {
    sims: [SIM],
    eventsBySim: new Map<string, SimEvent[]>(),
    states: [],
    settings: { language: 'en', leadDays: [14, 7, 3, 1, 0], backupReminder: false, lastBackupAt: null },
    today: THREE_DAYS_BEFORE,
    ...overrides,
  };
}

function state(status: ReminderStateLike['status'], until?: string, id = REMINDER_ID): ReminderStateLike {
  return until === undefined ? { id, status } : { id, status, until };
}

// Hindi is loaded on demand, as the app does before its first render in Hindi.
beforeAll(() => loadLanguage('hi'));

describe('decideNotifications', () => {
  it('shows a reminder due today once, tagged with an id that names the SIM, linking to its page', () => {
    const { toShow, badgeCount } = decideNotifications(inputs());
    expect(toShow).toHaveLength(1);
    const [due] = toShow;
    expect(due).toMatchObject({ id: REMINDER_ID, simId: 'sim-a', url: './#/sim/sim-a', date: '2026-04-01' });
    expect(due!.title).toBe('Jio spare: use this SIM — non-usage period ends in 3 days');
    expect(due!.body).toContain('1 Apr');
    expect(badgeCount).toBe(1);
  });

  it('never puts the phone number in a notification', () => {
    for (const due of decideNotifications(inputs()).toShow) {
      expect(`${due.title} ${due.body} ${due.url} ${due.id}`).not.toContain('9876543210');
    }
  });

  it('shows nothing before the first lead time is reached', () => {
    expect(decideNotifications(inputs({ today: '2026-03-17' })).toShow).toEqual([]);
    expect(decideNotifications(inputs({ today: '2026-03-17' })).badgeCount).toBe(0);
  });

  it('does not show a reminder again once shown, but still counts it on the badge', () => {
    const decision = decideNotifications(inputs({ states: [state('shown')] }));
    expect(decision.toShow).toEqual([]);
    expect(decision.badgeCount).toBe(1);
  });

  it('holds back a dismissed reminder, and a snoozed one until its day', () => {
    expect(decideNotifications(inputs({ states: [state('dismissed')] }))).toEqual({ toShow: [], badgeCount: 0, badgeLevel: null });
    expect(decideNotifications(inputs({ states: [state('snoozed', '2026-03-30')] }))).toEqual({ toShow: [], badgeCount: 0, badgeLevel: null });
    expect(decideNotifications(inputs({ states: [state('snoozed', THREE_DAYS_BEFORE)] })).toShow).toHaveLength(1);
  });

  it('raises the next lead time even when an earlier one was dismissed', () => {
    const decision = decideNotifications(inputs({ today: '2026-03-31', states: [state('dismissed')] }));
    expect(decision.toShow.map((due) => due.id)).toEqual(['sim-a:non_usage_ends:2026-04-01:1']);
  });

  it('keeps states of one SIM from hiding another SIM’s reminder of the same kind and date', () => {
    const twin: NotifiableSim = { ...OTHER, since: '2026-01-01' };
    const decision = decideNotifications(inputs({ sims: [SIM, twin], states: [state('shown')] }));
    expect(decision.toShow.map((due) => due.id)).toEqual(['sim-b:non_usage_ends:2026-04-01:3']);
    expect(decision.badgeCount).toBe(2);
  });

  it('stops reminding once the SIM is used', () => {
    const eventsBySim = new Map<string, SimEvent[]>([['sim-a', [{ type: 'activity', kind: 'sms_out', date: '2026-03-28' }]]]);
    expect(decideNotifications(inputs({ eventsBySim })).toShow).toEqual([]);
  });

  it('orders notifications by the deadline date', () => {
    const later: NotifiableSim = { ...OTHER, since: '2026-01-02' };
    const decision = decideNotifications(inputs({ sims: [later, SIM], today: '2026-03-30' }));
    expect(decision.toShow.map((due) => due.date)).toEqual(['2026-04-01', '2026-04-02']);
  });

  it('writes in Hindi when the app is in Hindi', () => {
    const [due] = decideNotifications(inputs({ settings: { ...inputs().settings, language: 'hi' } })).toShow;
    expect(due!.title).toContain('Jio spare');
    expect(due!.title).toMatch(/[\u0900-\u097F]/);
  });
});

describe('the backup reminder', () => {
  const on = { language: 'en' as const, leadDays: [14, 7, 3, 1, 0], backupReminder: true };

  it('asks for a first backup once there is data, at most once a month', () => {
    const due = dueBackupReminder(inputs({ settings: { ...on, lastBackupAt: null } }));
    expect(due).toMatchObject({ id: 'backup:2026-03', simId: '', url: './#/settings' });
    const decision = decideNotifications(inputs({ settings: { ...on, lastBackupAt: null }, states: [state('shown', undefined, 'backup:2026-03')] }));
    expect(decision.toShow.map((d) => d.id)).toEqual([REMINDER_ID]);
  });

  it('stays quiet with no SIMs, with the setting off, or within 30 days of a backup', () => {
    expect(dueBackupReminder(inputs({ sims: [], settings: { ...on, lastBackupAt: null } }))).toBeNull();
    expect(dueBackupReminder(inputs({ settings: { ...on, backupReminder: false, lastBackupAt: null } }))).toBeNull();
    expect(dueBackupReminder(inputs({ settings: { ...on, lastBackupAt: '2026-02-28T10:00:00.000Z' } }))).toBeNull();
  });

  it('asks again 30 days after the last backup', () => {
    expect(dueBackupReminder(inputs({ settings: { ...on, lastBackupAt: '2026-02-27T10:00:00.000Z' } }))).not.toBeNull();
  });

  it('speaks the app’s language, in the words of the shared messages', () => {
    const en = dueBackupReminder(inputs({ settings: { ...on, lastBackupAt: null } }));
    expect(en).toMatchObject({ title: 'SIM Keeper: time to save a backup', body: translate('en', 'reminder.backup.body') });
    expect(en!.body).toContain('Export a backup file');
    const hi = dueBackupReminder(inputs({ settings: { ...on, language: 'hi', lastBackupAt: null } }));
    expect(hi).toMatchObject({ title: translate('hi', 'reminder.backup.title'), body: translate('hi', 'reminder.backup.body') });
    expect(`${hi!.title} ${hi!.body}`).toMatch(/[\u0900-\u097F]/);
    expect(hi!.title).not.toBe(en!.title);
  });

  it('comes after the SIM reminders', () => {
    const decision = decideNotifications(inputs({ settings: { ...on, lastBackupAt: null } }));
    expect(decision.toShow.map((d) => d.id)).toEqual([REMINDER_ID, 'backup:2026-03']);
  });
});

describe('decideNotifications: an operator that closed its services', () => {
  // ₹100 read on 1 Jan after a call; the operator closed on 15 Jan, owing ₹100 (TRAI's direction of 19 Jan 2018).
  const CLOSED: NotifiableSim = { ...SIM, operator: 'jio' };
  const used: SimEvent[] = [{ type: 'activity', kind: 'call_out', date: '2026-01-01' }, { type: 'balance', date: '2026-01-01', amount: 10000 }];
  const closedOn: SimEvent = { type: 'operator_closed', date: '2026-01-15' };
  const withEvents = (events: SimEvent[], today: string, states: ReminderStateLike[] = []) =>
    decideNotifications(inputs({ sims: [CLOSED], eventsBySim: new Map([['sim-a', events]]), today, states }));

  it('stops the non-usage reminders of a closed SIM', () => {
    expect(withEvents([closedOn], THREE_DAYS_BEFORE).toShow).toEqual([]);
    // Without the closure, the same SIM would be reminded that day (its period ends 1 Apr).
    expect(withEvents([], THREE_DAYS_BEFORE).toShow.map((d) => d.id)).toEqual([REMINDER_ID]);
  });

  it('reminds of the outstanding refund a month after the closure, naming the amount and the operator', () => {
    expect(withEvents([...used, closedOn], '2026-02-13').toShow).toEqual([]);
    const { toShow, badgeCount } = withEvents([...used, closedOn], '2026-02-14');
    expect(toShow).toEqual([{
      id: 'sim-a:refund_outstanding:2026-02-14', simId: 'sim-a', url: './#/sim/sim-a', date: '2026-02-14',
      title: 'Jio spare: refund of ₹100 from Jio still outstanding',
      body: 'Jio closed its services on 15 Jan. TRAI directed refunds of unused balances and security deposits (19 January 2018): ask for it, and record it here when it comes.',
    }]);
    expect(badgeCount).toBe(1);
  });

  it('reminds again every month while the rest is outstanding, after "Done" on the one before', () => {
    const events: SimEvent[] = [...used, closedOn, { type: 'refund_received', date: '2026-02-20', amount: 6000 }];
    const done = [state('dismissed', undefined, 'sim-a:refund_outstanding:2026-02-14')];
    expect(withEvents(events, '2026-03-10', done).toShow).toEqual([]);
    const next = withEvents(events, '2026-03-16', done).toShow;
    expect(next.map((d) => [d.id, d.title])).toEqual([['sim-a:refund_outstanding:2026-03-16', 'Jio spare: refund of ₹40 from Jio still outstanding']]);
  });

  it('stops once the refunds received cover what is due', () => {
    const events: SimEvent[] = [...used, closedOn, { type: 'refund_received', date: '2026-02-20', amount: 10000 }];
    expect(withEvents(events, '2026-03-16')).toMatchObject({ toShow: [], badgeCount: 0 });
  });

  it('says it in Hindi', () => {
    const decision = decideNotifications({ ...inputs({ sims: [CLOSED], eventsBySim: new Map([['sim-a', [...used, closedOn]]]), today: '2026-02-14' }), settings: { ...inputs().settings, language: 'hi' } });
    expect(decision.toShow[0]!.title).toBe('Jio spare: Jio से ₹100 का रिफ़ंड अभी बाक़ी');
    expect(decision.toShow[0]!.title).toBe(translate('hi', 'reminder.title.refund', { label: 'Jio spare', operator: 'Jio', amount: '₹100' }));
  });
});
