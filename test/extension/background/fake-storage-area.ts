/// <reference types="chrome" />
/** A chrome.storage area in memory, enough for the adapters that keep small facts there. */
export function fakeStorageArea(): chrome.storage.StorageArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (key: string) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (values: Record<string, unknown>) => void Object.assign(items, structuredClone(values)),
  } as unknown as chrome.storage.StorageArea;
}
