/**
 * What the content scripts may ask of the background: they never open IndexedDB (they run in the
 * site's origin); the background checks each message's shape and sender, validates, and writes.
 * Wired into the background's chrome.runtime.onMessage by extension/background/.
 *
 * The sender must be this extension, and either a tab on the recharge site the message names
 * (its SITE_MATCHES patterns) or a tab where the user just started the generic reader
 * (reader-grants.ts). Replies name a SIM by label and last four digits, never the full number.
 */
import { addEvent, eventsForSim, getSetting, listSims, ValidationError, type SimKeeperDb, type SimRecord } from '../../shared/db/index';
import type { Lang } from '../../shared/i18n/format';
import { loadLanguage, translate } from '../../shared/i18n/translate';
import { fieldErrorOf } from '../../shared/app/forms/field-error';
import type { IsoDate } from '../../shared/rules/dates';
import type { VoucherKind } from '../../shared/rules/types';
import { READER_SITE, type ContentMessage, type ContentReply } from '../content/content-message';
import type { FoundRecharge } from '../content/found-recharge';
import { matchesPattern } from '../content/match-pattern';
import { SITE_MATCHES } from '../content/site-matches';
import { parseContentMessage } from './content-message-shape';
import { chromeContentPorts, type ContentPorts } from './content-ports';
import { askView, loggedView, messageView } from './prompt-views';

/** chrome's MessageSender, the fields we check. */
export interface ContentSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Answers one message from a content script; `sender` is chrome's MessageSender. */
export async function handleContentMessage(
  db: SimKeeperDb, message: unknown, sender: ContentSender, today: IsoDate, ports: ContentPorts = chromeContentPorts(),
): Promise<ContentReply> {
  const parsed = parseContentMessage(message);
  if (!parsed) return { ok: false, error: 'shape' };
  if (!(await senderMayAsk(parsed.site, sender, ports))) return { ok: false, error: 'sender' };
  const lang = await languageOf(db);
  switch (parsed.type) {
    case 'recharge.lookup': return lookup(db, parsed, lang, today, ports);
    case 'recharge.log': return log(db, parsed.recharge, lang, today);
    case 'sim.add':
      await ports.openAddSim(parsed.number);
      return { ok: true, view: messageView(lang, 'ext.prompt.addOpened') };
    case 'site.dismiss':
      await ports.dismissals.add(parsed.site);
      return { ok: true, view: null };
    case 'reader.nothing': return { ok: true, view: messageView(lang, 'ext.prompt.nothing') };
  }
}

async function senderMayAsk(site: string, sender: ContentSender, ports: ContentPorts): Promise<boolean> {
  if (sender.id !== ports.extensionId || typeof sender.url !== 'string' || typeof sender.tab?.id !== 'number') return false;
  if (site === READER_SITE) return ports.readerGrants.granted(sender.tab.id);
  const entry = SITE_MATCHES.find((match) => match.id === site);
  return entry !== undefined && entry.matches.some((pattern) => matchesPattern(pattern, sender.url!));
}

/** The user's language; English when Hindi's words cannot be loaded here. */
async function languageOf(db: SimKeeperDb): Promise<Lang> {
  const lang = await getSetting(db, 'language');
  try {
    await loadLanguage(lang);
  } catch {
    // translate() answers in English until a language is loaded: a prompt in English beats none.
  }
  return lang;
}

async function simWithNumber(db: SimKeeperDb, number: string): Promise<SimRecord | undefined> {
  return (await listSims(db)).find((sim) => sim.number === number);
}

async function lookup(
  db: SimKeeperDb, message: Extract<ContentMessage, { type: 'recharge.lookup' }>, lang: Lang, today: IsoDate, ports: ContentPorts,
): Promise<ContentReply> {
  const canDismiss = message.site !== READER_SITE;
  if (canDismiss && (await ports.dismissals.has(message.site))) return { ok: true, view: null };
  const sim = await simWithNumber(db, message.recharge.number);
  const alreadyLogged = sim !== undefined && (await eventsForSim(db, sim.id))
    .some((event) => event.type === 'recharge' && event.date === today && event.amount === message.recharge.amount);
  return { ok: true, view: askView(lang, message.recharge, sim, { alreadyLogged, canDismiss }) };
}

/**
 * The user said yes. A recharge with a validity is logged as a plan voucher (reg 4): it adds no
 * money to the balance, only what the page says. Taking it for a top-up would credit the whole
 * price to the balance and make ANR (reg 12) look able to keep the number longer than it can.
 */
async function log(db: SimKeeperDb, recharge: FoundRecharge, lang: Lang, today: IsoDate): Promise<ContentReply> {
  const sim = await simWithNumber(db, recharge.number);
  if (!sim) return { ok: false, error: 'unknown_number', view: askView(lang, recharge, undefined, { alreadyLogged: false, canDismiss: false }) };
  const voucher: VoucherKind = /\b(top[\s-]?up|talk\s?time)\b/i.test(recharge.plan ?? '') ? 'topup' : 'plan';
  try {
    await addEvent(db, {
      simId: sim.id, type: 'recharge', date: today, amount: recharge.amount, voucher, source: 'extension',
      ...(recharge.validityDays !== undefined && { validityDays: recharge.validityDays }),
      ...(recharge.plan !== undefined && { note: recharge.plan }),
    }, today);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // In the user's words, as the app's forms say it (field-error.ts), not the store's English.
    const problem = fieldErrorOf(error.code, error.params);
    return { ok: false, error: 'invalid', view: messageView(lang, 'ext.prompt.error', { message: translate(lang, problem.key, problem.params) }) };
  }
  return { ok: true, view: loggedView(lang, recharge, sim) };
}
