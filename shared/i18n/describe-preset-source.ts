/**
 * Where an operator preset's figures come from, in words, and the day they were checked: figures
 * change, so a user must see how old they are before trusting them (presets.ts).
 */
import { presetFor, type OperatorId } from '../rules/presets';
import { formatDate, type Lang } from './format';
import { translate } from './translate';

/**
 * The preset's source in the reader's language, then the day its figures were checked.
 * @example describePresetSource('other', 'en')
 *   === 'TRAI’s floor (regs 11–14): the least protection any operator must give. Figures as checked on 23 Nov 2026.'
 */
export function describePresetSource(operator: OperatorId, lang: Lang): string {
  const checked = formatDate(presetFor(operator).checked, lang, { withYear: true });
  return `${translate(lang, `presetSource.${operator}`)} ${translate(lang, 'presetSource.checked', { date: checked })}`;
}
