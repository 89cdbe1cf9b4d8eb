/**
 * The writes the screens share, each followed by a reload and a toast with Undo where the
 * action can be undone.
 */
import { addEvent, deleteEvent, deleteSim, loadSampleData, requestPersistence, restoreEvent, restoreSim, setSetting } from '../db';
import type { ActivityKind } from '../rules/types';
import { presetFor } from '../rules/presets';
import type { AppState } from './state/app-context';

function failed(app: AppState, error: unknown): void {
  console.error(error);
  app.toast(app.t('toast.failed', { message: error instanceof Error ? error.message : String(error) }));
}

/** "I used this SIM today": one activity of `kind`, today, with Undo. */
export async function logUsedToday(app: AppState, simId: string, label: string, kind: ActivityKind): Promise<void> {
  try {
    const event = await addEvent(app.db, { type: 'activity', date: app.today, kind, simId }, app.today);
    await app.reload();
    app.toast(app.t('toast.used', { label, kind: app.t(`kind.${kind}`) }), {
      label: app.t('toast.undo'),
      run: async () => {
        await deleteEvent(app.db, event.id);
        await app.reload();
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function removeEvent(app: AppState, eventId: string): Promise<void> {
  try {
    const removed = await deleteEvent(app.db, eventId);
    await app.reload();
    if (!removed) return;
    app.toast(app.t('toast.eventDeleted'), {
      label: app.t('toast.undo'),
      run: async () => {
        await restoreEvent(app.db, removed);
        await app.reload();
        app.toast(app.t('toast.restored'));
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function removeSim(app: AppState, simId: string): Promise<void> {
  try {
    const removed = await deleteSim(app.db, simId);
    await app.reload();
    if (!removed) return;
    app.toast(app.t('toast.simDeleted', { label: removed.sim.label }), {
      label: app.t('toast.undo'),
      run: async () => {
        await restoreSim(app.db, removed);
        await app.reload();
        app.toast(app.t('toast.restored'));
      },
    });
  } catch (error) {
    failed(app, error);
  }
}

export async function trySampleData(app: AppState): Promise<void> {
  try {
    await loadSampleData(app.db, app.today, (operator) => presetFor(operator).policy);
    void requestPersistence();
    await setSetting(app.db, 'onboarded', true);
    await app.reload();
    app.toast(app.t('toast.sampleLoaded'));
  } catch (error) {
    failed(app, error);
  }
}

export { failed as reportFailure };
