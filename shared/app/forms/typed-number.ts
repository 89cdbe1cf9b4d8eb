/**
 * What is wrong with a number typed in a box, said as a person would: '-3' days is a number below
 * the least allowed ("must be 0 or more"), not "Enter a whole number" (issue 7, item 7).
 */
import { fieldErrorOf, type FieldError } from './field-error';

/** A number written with a minus in front: '-3', '- 20', '-12.50', '−3' (the Unicode minus). */
const MINUS = /^\s*[-−]\s*\d[\d,]*(\.\d+)?\s*$/;

/** The problem of a days or months box that did not read as a whole number (parseWholeNumber gave NaN). */
export function wholeNumberProblem(text: string, min: number): FieldError {
  return MINUS.test(text) ? fieldErrorOf('too_small', { min }) : fieldErrorOf('not_whole_number');
}

/** The problem of a rupee box that did not read as an amount (parseRupees gave NaN). */
export function moneyProblem(text: string): FieldError {
  return MINUS.test(text.replace(/^\s*(₹|rs\.?|inr)\s*/i, '')) ? fieldErrorOf('negative') : fieldErrorOf('not_money');
}
