/**
 * Backup: download everything as JSON, restore from a file after a preview of what will change,
 * and the history as CSV for a spreadsheet.
 */
import { useRef, useState } from 'preact/hooks';
import { setSetting, ValidationError } from '../../db';
import { isStorageFull } from '../../db/db';
// From their own files, not the index: see shared/db/index.ts.
import { applyImport, backupToJson, checkBackupSize, exportBackup, previewImport, type ImportPreview } from '../../db/backup';
import { exportEventsCsv } from '../../db/csv-export';
import { formatDate, type T } from '../../i18n';
import type { ErrorCode } from '../../validation/error-codes';
import { Dialog } from '../../ui/Dialog';
import { downloadFile } from '../download';
import { localDateOf } from '../../clock/today';
import { nowTimestamp } from '../../clock/timestamp';
import { useApp } from '../state/app-context';
import { reportFailure } from '../actions';

const ROWS = ['sims', 'events', 'reminders', 'settings'] as const;

/** A whole-file problem: said as it is ("This is not a SIM Keeper backup file."), with nothing before it. */
const FILE_CODES: readonly ErrorCode[] = ['not_json', 'not_backup', 'newer_backup', 'unsupported_version'];

/**
 * A refused file in words for people (issue 7, item 11): the code's words of shared/i18n, and where
 * in the file as a person counts ("Entry 13"), never the store's English or a path like events[12].amount.
 */
function fileProblem(error: ValidationError, t: T): string {
  const problem = t(`err.${error.code}`, error.params);
  if (FILE_CODES.includes(error.code)) return problem;
  const at = /^(sims|events|reminders|settings)\[(\d+)\]/.exec(error.field);
  const message = at
    ? t('import.problemAt', { where: t(`import.at.${at[1] as (typeof ROWS)[number]}`, { n: Number(at[2]) + 1 }), problem })
    : problem;
  return t('import.error', { message });
}

export function BackupSection() {
  const app = useApp();
  const { t, lang, today, settings } = app;
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ text: string; preview: ImportPreview } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const backup = async () => {
    try {
      downloadFile(`sim-keeper-backup-${today}.json`, 'application/json', backupToJson(await exportBackup(await app.db())));
      await setSetting(await app.db(), 'lastBackupAt', nowTimestamp());
      await app.reload();
    } catch (error) {
      reportFailure(app, error);
    }
  };
  // The CSV speaks the user's language: its header, event types, kinds and vouchers in words (csv-export.ts).
  const csv = () => downloadFile(`sim-keeper-history-${today}.csv`, 'text/csv;charset=utf-8',
    exportEventsCsv(app.sims, [...app.eventsBySim.values()].flat(), (key) => t(key)));
  const noHistory = [...app.eventsBySim.values()].every((events) => events.length === 0);
  const describeError = (error: unknown) => {
    if (isStorageFull(error)) return t('toast.storageFull');
    return error instanceof ValidationError ? fileProblem(error, t) : t('import.error', { message: String(error) });
  };

  const chosen = async (file: File | undefined) => {
    setImportError(null);
    if (!file) return;
    try {
      performance.mark('sim-keeper:import-preview-start');
      // By its size first: a file larger than any backup is refused before it is read into memory.
      checkBackupSize(file.size);
      const text = await file.text();
      setPending({ text, preview: await previewImport(await app.db(), text, today) });
      // For `npm run bench` (backup-import): reading and checking the file, until the preview shows.
      performance.measure('sim-keeper:import-preview', 'sim-keeper:import-preview-start');
    } catch (error) {
      setImportError(describeError(error));
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  const restore = async () => {
    if (!pending) return;
    try {
      performance.mark('sim-keeper:import-start');
      const { eventsBySim } = await applyImport(await app.db(), pending.text, today);
      performance.mark('sim-keeper:import-written');
      setPending(null);
      // The restored SIMs' events as the restore wrote them: reading 100,000 events back would add
      // a second or more (issue 11); every other SIM is as it was.
      await app.reload([], eventsBySim);
      app.toast(t('import.done'));
      // For `npm run bench` (backup-import): from "Restore" to the store written and shown.
      performance.measure('sim-keeper:import', 'sim-keeper:import-start');
    } catch (error) {
      setPending(null);
      setImportError(describeError(error));
    }
  };
  const last = settings.lastBackupAt;

  return (
    <section class="card" aria-labelledby="backup" id="backup-section">
      <h2 id="backup">{t('settings.backup')}</h2>
      <p class="field__hint">{t('settings.backupHint')}</p>
      <p>{last ? t('settings.lastBackup', { date: formatDate(localDateOf(new Date(last)), lang, { today }) }) : t('settings.neverBackedUp')}</p>
      <div class="button-row button-row--stack">
        <button type="button" class="button button--primary" onClick={() => void backup()}><span aria-hidden="true">⬇ </span>{t('settings.exportJson')}</button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}><span aria-hidden="true">⬆ </span>{t('settings.importJson')}</button>
        <button type="button" class="button" onClick={csv} disabled={noHistory}>{t('settings.exportCsv')}</button>
      </div>
      <input ref={fileInput} type="file" accept=".json,application/json" class="visually-hidden" tabIndex={-1} aria-hidden="true"
        onChange={(e) => void chosen(e.currentTarget.files?.[0])} />
      {importError && <p class="field__error" role="alert">{importError}</p>}
      <Dialog id="import" open={pending !== null} title={t('import.title')} onClose={() => setPending(null)}>
        <p>{t('import.body')}</p>
        {pending && (
          <ul>
            {ROWS.map((row) => (
              <li key={row}>{t('import.row', { what: t(`import.${row}`), ...pending.preview[row] })}</li>
            ))}
          </ul>
        )}
        <div class="button-row">
          <button type="button" class="button button--primary" onClick={() => void restore()}>{t('import.confirm')}</button>
          <button type="button" class="button button--quiet" onClick={() => setPending(null)}>{t('form.cancel')}</button>
        </div>
      </Dialog>
    </section>
  );
}
