/**
 * The extension's id, fixed by the public key in its manifest (extension/manifest.ts, `key`), so
 * that the PWA can address it with chrome.runtime.sendMessage(EXTENSION_ID, …) when both run in
 * the same Chrome. Chrome derives the id from the key: the first 32 hex digits of the SHA-256 of
 * the key's DER bytes, each digit 0-f written as a letter a-p. test/extension/manifest.test.ts
 * recomputes it from the key, so the two cannot drift apart.
 */
export const EXTENSION_ID = 'anaoplkdmpkipnngjcpmegibeobhgnbl';

/** The id Chrome gives an extension whose manifest carries `publicKeyDer` (as bytes). */
export async function extensionIdOf(publicKeyDer: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKeyDer));
  let id = '';
  for (const byte of digest.subarray(0, 16)) {
    id += String.fromCharCode(97 + (byte >> 4), 97 + (byte & 15));
  }
  return id;
}
