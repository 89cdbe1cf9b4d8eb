/**
 * "Update available — Reload": never forced, and never while an edit is unsaved (the button
 * waits until the form is saved or cancelled).
 */
import { useState } from 'preact/hooks';
import type { T } from '../../i18n';
import { useUnsavedEdits } from '../state/dirty';

export function UpdateBanner(props: { t: T; apply: () => void }) {
  const dirty = useUnsavedEdits();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  const { t } = props;
  return (
    <div class="update-banner" role="status">
      <p>{dirty ? t('update.finishEdit') : t('update.ready')}</p>
      <div class="update-banner__actions">
        {!dirty && <button type="button" class="button button--primary" onClick={props.apply}>{t('update.reload')}</button>}
        <button type="button" class="button button--quiet" onClick={() => setHidden(true)}>{t('update.later')}</button>
      </div>
    </div>
  );
}
