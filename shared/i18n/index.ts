/** Strings of both apps in English and Hindi, and the words for deadlines. */
export * from './en';
export * from './hi';
export * from './format';
export * from './translate';
export * from './describe-deadline';
export * from './describe-event';
