/**
 * Strings of both apps in English and Hindi, and the words for deadlines. Hindi is not re-exported:
 * it is loaded on demand (loadLanguage in translate.ts), so importing this file never bundles it.
 */
export * from './en';
export * from './format';
export * from './translate';
export * from './describe-deadline';
export * from './describe-event';
