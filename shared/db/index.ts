/**
 * The store's public API. Import from here, not from the files behind it; except backup.ts and
 * csv-export.ts, which only Settings uses and which are imported from their own files: the bundler
 * puts a module in the first load when the entry can reach it, and a re-export here would make
 * the backup code reachable from home.
 */
export * from './types';
export { ValidationError } from './validation-error';
export { normaliseMobileNumber, formatMobileNumber } from './phone-number';
export { SIM_COLOURS, defaultColour, isHexColour } from './colours';
export {
  validateSimInput, validateSimRecord, validateEvent, validateEventInput, validateEventRecord,
  validateReminderState, validateSetting, validatePolicy, validateNumber, isSettingKey, SETTING_KEYS,
  LABEL_MAX, CIRCLE_MAX, NOTE_MAX,
} from './validate';
export { SimKeeperDb, openSimKeeperDb, DEFAULT_DB_NAME } from './db';
export { addSim, updateSim, deleteSim, restoreSim, getSim, listSims } from './sims';
export { addEvent, updateEvent, deleteEvent, restoreEvent, eventsForSim, eventsBySim, allEvents, allEventsWithTombstones } from './events';
export { simsWithSummaries, type SimsWithSummaries } from './sim-summaries';
export { mergeRecords, mergeById, winnerOf, type SyncRecords } from './merge';
export { syncSnapshot, applySync, parseSyncSnapshot, type SyncSnapshot, type SyncReport, type MergeCounts } from './sync';
export { simsWithEvents, type SimsWithEvents } from './sims-with-events';
export { compareEvents } from './event-sort';
export { announce, openStoreChannel, storeMessageOf, type StoreMessage } from './store-channel';
export { defaultSettings, getSettings, getSetting, setSetting, settingsAsShown } from './settings';
export { markReminder, getReminderState, reminderStates, clearReminder } from './reminder-state';
export { requestPersistence, isIosSafariTab, type PersistenceResult, type StorageNavigator } from './persistence';
export { sampleSims, loadSampleData, type SampleSim, type SampleEvent, type PolicyFor } from './sample-data';
