/**
 * The transaction id of a recharge or deduction ("Transaction ID: BR000ABC1234", "Txn ID 7281...",
 * "Ref No.", "Order ID", "लेनदेन आईडी"): the confirm screen uses it to spot a message logged twice.
 * An id is 6 to 40 letters and digits with at least one digit.
 */

export interface IdToken {
  id: string;
  start: number;
  end: number;
  label: string;
}

const ID = /(?<![\p{L}\d])(transaction\s?id|transaction\s?no\.?|trans(?:action)?\s?ref(?:erence)?(?:\s?no\.?)?|txn\.?\s?(?:id|no\.?|ref)|trans\.?\s?id|ref(?:erence)?\.?\s?(?:no|id)\.?|order\s?(?:id|no\.?)|tid|लेनदेन\s?आईडी|लेन-देन\s?आईडी|ट्रांजैक्शन\s?आईडी)\s?[:#.=-]{0,2}\s?([A-Za-z0-9][A-Za-z0-9_-]{4,38}[A-Za-z0-9])(?![A-Za-z0-9])/giu;

/**
 * The first labelled transaction id, or null.
 * @example findTransactionId('Recharge successful. Transaction ID: BR0001ABC23') -> { id: 'BR0001ABC23', ... }
 */
export function findTransactionId(text: string): IdToken | null {
  for (const match of text.matchAll(ID)) {
    const id = match[2]!;
    if (!/\d/.test(id)) continue;
    const start = match.index! + match[0].length - id.length;
    return { id, start, end: start + id.length, label: match[1]! };
  }
  return null;
}
