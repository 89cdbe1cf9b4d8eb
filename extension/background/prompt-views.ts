/**
 * The in-page prompt's words, chosen by the background in the user's language (the content
 * script carries no dictionary). A SIM is named by its label and last four digits only: the page
 * never gets the full number back from us.
 */
import type { SimRecord } from '../../shared/db/types';
import { formatMoney, type Lang } from '../../shared/i18n/format';
import { translate, type Params } from '../../shared/i18n/translate';
import type { MessageKey } from '../../shared/i18n/en';
import type { PromptAction, PromptView } from '../content/content-message';
import type { FoundRecharge } from '../content/found-recharge';

const ACTION_KEYS: Record<Exclude<PromptAction, 'close'>, MessageKey> = {
  yes: 'ext.prompt.yes', add: 'ext.prompt.add', later: 'ext.prompt.later', never: 'ext.prompt.never',
};

function view(lang: Lang, message: string, details: string[], actions: Exclude<PromptAction, 'close'>[]): PromptView {
  return {
    lang,
    title: translate(lang, 'app.name'),
    message,
    details,
    buttons: actions.map((action) => ({ action, label: translate(lang, ACTION_KEYS[action]) })),
    closeLabel: translate(lang, 'ext.prompt.close'),
  };
}

function simParams(lang: Lang, recharge: FoundRecharge, sim?: SimRecord): Params {
  return { amount: formatMoney(recharge.amount, lang), label: sim?.label ?? '', last4: recharge.number.slice(-4) };
}

function detailsOf(lang: Lang, recharge: FoundRecharge): string[] {
  const lines: string[] = [];
  if (recharge.plan) lines.push(translate(lang, 'ext.prompt.plan', { plan: recharge.plan }));
  if (recharge.validityDays) lines.push(translate(lang, 'ext.prompt.validity', { days: recharge.validityDays }));
  return lines;
}

/** "Log the Rs 299 recharge for Mom's Jio (…1234)?", or the offer to add an unknown number. */
export function askView(
  lang: Lang, recharge: FoundRecharge, sim: SimRecord | undefined, options: { alreadyLogged: boolean; canDismiss: boolean },
): PromptView {
  const never = options.canDismiss ? (['never'] as const) : [];
  const details = detailsOf(lang, recharge);
  if (!sim) return view(lang, translate(lang, 'ext.prompt.unknown', simParams(lang, recharge)), details, ['add', 'later', ...never]);
  if (options.alreadyLogged) details.push(translate(lang, 'ext.prompt.alreadyLogged', { amount: formatMoney(recharge.amount, lang) }));
  return view(lang, translate(lang, 'ext.prompt.question', simParams(lang, recharge, sim)), details, ['yes', 'later', ...never]);
}

export function loggedView(lang: Lang, recharge: FoundRecharge, sim: SimRecord): PromptView {
  return view(lang, translate(lang, 'ext.prompt.logged', simParams(lang, recharge, sim)), [], []);
}

export function messageView(lang: Lang, key: MessageKey, params?: Params): PromptView {
  return view(lang, translate(lang, key, params), [], []);
}
