/**
 * Whether the browser has promised to keep our data, in plain words, with a way to ask; on an
 * iPhone or iPad browser tab, how to avoid Safari's seven-day deletion (Add to Home Screen).
 */
import { useEffect, useState } from 'preact/hooks';
import { isIosSafariTab, requestPersistence, type PersistenceResult } from '../../db';
import { useApp } from '../state/app-context';

async function currentStatus(): Promise<PersistenceResult> {
  const storage = navigator.storage;
  if (!storage || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export function StorageStatus() {
  const { t } = useApp();
  const [status, setStatus] = useState<PersistenceResult | null>(null);
  useEffect(() => {
    void currentStatus().then(setStatus);
  }, []);
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone ?? matchMedia('(display-mode: standalone)').matches;
  const ios = isIosSafariTab(navigator.userAgent, standalone, navigator.maxTouchPoints);
  return (
    <section class="card" aria-labelledby="storage">
      <h2 id="storage">{t('settings.storage')}</h2>
      <p role="status">{status === null ? t('storage.checking') : t(`storage.${status}`)}</p>
      {status === 'denied' && (
        <button type="button" class="button" onClick={() => void requestPersistence().then(setStatus)}>{t('storage.ask')}</button>
      )}
      {ios && <p class="notice">{t('storage.ios')}</p>}
    </section>
  );
}
