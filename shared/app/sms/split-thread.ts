/**
 * A pasted thread as separate messages, so that each is read on its own (issue 9, section 2): an
 * operator's SMS seldom holds an empty line, while a copied thread puts one between messages, and
 * the Messages apps put a line of time ("10:15 AM", "Yesterday", "2 Aug 2026, 10:15") between them.
 * One message pasted alone stays one message, however many lines it has.
 */

/** A line that is only a time stamp or a day heading: a separator between messages, not a message. */
const STAMP = /^(?:(?:today|yesterday|आज|कल)[ ,]*)?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}[ -/.](?:\d{1,2}|[a-z]{3,9})[ -/.,]*(?:\d{2,4})?(?:[ ,]+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?|[a-z]{3,9} \d{1,2},? \d{4}(?:[ ,]+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?|today|yesterday|आज|कल)$/i;

/**
 * The messages of a paste, in order, each trimmed; blank lines and time stamps separate them.
 * @example splitThread('Recharge of Rs.299 successful\n\n10:15 AM\nRs.20 deducted for ANR') // ['Recharge of Rs.299 successful', 'Rs.20 deducted for ANR']
 */
export function splitThread(text: string): string[] {
  const messages: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) messages.push(current.join('\n'));
    current = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '' || STAMP.test(line)) flush();
    else current.push(line);
  }
  flush();
  return messages;
}
