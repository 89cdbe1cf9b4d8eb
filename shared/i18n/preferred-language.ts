/**
 * The language to open in on first run, from the browser's preferred languages: a phone set to
 * Hindi opens SIM Keeper in Hindi. Only a default: once the user picks a language in Settings,
 * the stored choice wins, whatever the browser says.
 */
import type { Lang } from './format';

/**
 * The first of the browser's languages that the app speaks, by its primary subtag; English when
 * none is.
 * @example preferredLanguage(['hi-IN', 'en-US']) === 'hi'
 */
export function preferredLanguage(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'hi' || primary === 'en') return primary;
  }
  return 'en';
}
