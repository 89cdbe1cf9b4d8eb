/**
 * The alarms adapter: sets chrome.alarms to a plan from schedule.ts. Creating an alarm under a
 * name replaces the one of that name, so applying the same plan twice leaves the same two alarms.
 */
import { DAILY_ALARM, DAY_MINUTES, REMINDER_ALARM, type AlarmPlan } from './schedule';

export async function applyAlarmPlan(plan: AlarmPlan): Promise<void> {
  if (plan.nextReminder === null) await chrome.alarms.clear(REMINDER_ALARM);
  else await chrome.alarms.create(REMINDER_ALARM, { when: plan.nextReminder });
  await chrome.alarms.create(DAILY_ALARM, { when: plan.dailyCheck, periodInMinutes: DAY_MINUTES });
}

/** True for the alarms this extension sets (any other name is not ours to answer). */
export function isOurAlarm(name: string): boolean {
  return name === REMINDER_ALARM || name === DAILY_ALARM;
}
