/** Saving a text file the app made (backup, CSV, calendar) to the device: no server involved. */

/** How long the object URL lives: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `text` as a file named `name` of type `mime` (e.g. 'text/calendar;charset=utf-8').
 * @example downloadFile('sim-keeper.ics', 'text/calendar;charset=utf-8', icsText)
 */
export function downloadFile(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
