/**
 * The app's database name, in a file of its own so that the first load (first-look.ts, the app's
 * state) can name the store without importing Dexie.
 */
export const DEFAULT_DB_NAME = 'sim-keeper';
