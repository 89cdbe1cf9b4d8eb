/**
 * How sure a finding about a day is (regs 11, 12(2)): an act on the very last day before it was
 * allowed is only 'possible', because the record cannot show whether the user logged it the day the
 * SMS came or the day after, nor settle whether the day of the last use itself counts; an act two
 * days or more early is 'clear'.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { Certainty } from './finding-codes';

/** 'possible' when `date` is the day before `allowedFrom`, 'clear' when earlier still. */
export function earlyCertainty(date: IsoDate, allowedFrom: IsoDate): Certainty {
  return daysBetween(date, allowedFrom) <= 1 ? 'possible' : 'clear';
}
