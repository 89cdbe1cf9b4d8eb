/**
 * Which operator a message names in its text, when it names exactly one: the confirm screen matches
 * a message to a SIM by number, else by operator. Vi was Vodafone and Idea; their old names count.
 */
import type { Operator } from '../db/types';

const NAMES: [RegExp, Operator][] = [
  [/(?<![\p{L}\d])(?:jio|जियो)(?![\p{L}\p{M}])/iu, 'jio'],
  [/(?<![\p{L}\d])(?:airtel|एयरटेल)(?![\p{L}\p{M}])/iu, 'airtel'],
  [/(?<![\p{L}\d])(?:vodafone|idea|वोडाफोन|आइडिया)(?![\p{L}\p{M}])/iu, 'vi'],
  // "Vi" only as the brand is written, capital V: "vi" is too common a syllable otherwise.
  [/(?<![\p{L}\d])Vi(?![\p{L}\p{M}])/u, 'vi'],
  [/(?<![\p{L}\d])(?:bsnl|बीएसएनएल)(?![\p{L}\p{M}])/iu, 'bsnl'],
  [/(?<![\p{L}\d])(?:mtnl|एमटीएनएल)(?![\p{L}\p{M}])/iu, 'mtnl'],
];

/**
 * The one operator the text names, or null when it names none or several.
 * @example operatorNamed('Jio: Recharge of Rs 299 successful') === 'jio'
 */
export function operatorNamed(text: string): Operator | null {
  const named = new Set(NAMES.filter(([pattern]) => pattern.test(text)).map(([, operator]) => operator));
  return named.size === 1 ? [...named][0]! : null;
}
