/** Add or edit a SIM: who it is, and the operator's rules (from a preset, editable, bounds beside). */
import { useState } from 'preact/hooks';
import {
  addSim, CIRCLE_MAX, defaultColour, LABEL_MAX, requestPersistence, updateSim, ValidationError, type Operator, OPERATORS,
} from '../../db';
import { POLICY_KEYS } from '../../rules/policy';
import { presetFor } from '../../rules/presets';
import { describePresetSource } from '../../i18n/describe-preset-source';
import type { Connection } from '../../rules/types';
import { TextInput } from '../../ui/TextInput';
import { DateInput } from '../../ui/DateInput';
import { SelectInput } from '../../ui/SelectInput';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { hrefOf, navigate, parseRoute } from '../router';
import { useApp } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import { Screen } from '../components/Screen';
import { PolicyEditor } from '../components/PolicyEditor';
import { ColourPicker } from '../components/ColourPicker';
import { newSimForm, policyFormOf, simFormOf, simInputOf, type SimFormValues } from '../forms/sim-form';
import { formErrorsOf } from '../forms/field-error';
import { useFormErrors } from '../forms/use-form-errors';
import { reportFailure, removeSim } from '../actions';
import { NotFound } from './NotFound';

/** The fields a store error can be shown next to; any other shows at the top of the form. */
const FORM_FIELDS = ['label', 'number', 'operator', 'connection', 'since', 'circle', 'colour', ...POLICY_KEYS.map((key) => `policy.${key}`)];

export function SimForm(props: { simId?: string }) {
  const app = useApp();
  const { t, today } = app;
  const existing = props.simId === undefined ? undefined : app.sims.find((sim) => sim.id === props.simId);
  const [initial] = useState<SimFormValues>(() => (existing ? simFormOf(existing) : { ...newSimForm(today, defaultColour(app.sims.length)), number: numberToAdd() }));
  const [values, setValues] = useState(initial);
  const { errors, setErrors, form } = useFormErrors();
  const [policyOpen, setPolicyOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  useDirtyFlag(dirty && !saving);

  if (props.simId !== undefined && !existing) return <NotFound message={t('notFound.sim')} />;

  const set = <K extends keyof SimFormValues>(key: K, value: SimFormValues[K]) => setValues({ ...values, [key]: value });
  const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);
  const policyHasErrors = Object.keys(errors).some((key) => key.startsWith('policy.'));

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = simInputOf(values);
    if (!parsed.ok) {
      setPolicyOpen(true);
      setErrors(parsed.errors);
      return;
    }
    setSaving(true);
    try {
      const sim = existing ? await updateSim(app.db, existing.id, parsed.value, today) : await addSim(app.db, parsed.value, today);
      if (!existing && !app.settings.onboarded) await app.setSetting('onboarded', true);
      // The first SIM is worth keeping: ask the browser not to evict the store (no prompt in Chromium).
      if (!existing && app.sims.length === 0) void requestPersistence();
      await app.reload();
      navigate({ name: 'sim', simId: sim.id }, { replace: !existing });
      app.toast(existing ? t('toast.saved') : t('toast.simAdded', { label: sim.label }));
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        const shown = formErrorsOf(error, FORM_FIELDS);
        if (Object.keys(shown).some((field) => field.startsWith('policy.'))) setPolicyOpen(true);
        setErrors(shown);
      } else reportFailure(app, error);
    }
  };

  const title = existing ? t('simForm.editTitle', { label: existing.label }) : t('simForm.addTitle');
  const back = existing ? { href: hrefOf({ name: 'sim', simId: existing.id }), label: existing.label } : { href: '#/', label: t('nav.home') };
  const formError = errors[''] ? t(errors['']!.key, errors['']!.params) : Object.keys(errors).length > 0 ? t('form.fixErrors') : null;

  return (
    <Screen title={title} back={back}>
      <form ref={form} class="form" onSubmit={(e) => void save(e)} noValidate>
        {formError && <p class="form-alert" role="alert" tabIndex={-1}>{formError}</p>}
        <TextInput id="label" label={t('simForm.label')} hint={t('simForm.labelHint')} value={values.label}
          onInput={(v) => set('label', v)} error={err('label')} maxLength={LABEL_MAX} required />
        <TextInput id="number" type="tel" inputMode="tel" autoComplete="off" label={t('simForm.number')} hint={t('simForm.numberHint')}
          value={values.number} onInput={(v) => set('number', v)} error={err('number')} required />
        <SelectInput id="operator" label={t('simForm.operator')} value={values.operator} error={err('operator')}
          options={OPERATORS.map((op) => ({ value: op, label: t(`operator.${op}`) }))}
          onChange={(op: Operator) => setValues({ ...values, operator: op, policy: policyFormOf(presetFor(op).policy) })} />
        <ChoiceGroup name="connection" legend={t('simForm.connection')} value={values.connection} inline error={err('connection')}
          options={(['prepaid', 'postpaid'] as Connection[]).map((c) => ({ value: c, label: t(`connection.${c}`) }))}
          onChange={(c) => set('connection', c)} />
        <DateInput id="since" label={t('simForm.since')} hint={t('simForm.sinceHint')} value={values.since} max={today}
          onInput={(v) => set('since', v)} error={err('since')} required />
        <TextInput id="circle" label={t('simForm.circle')} hint={t('simForm.circleHint')} optionalText={t('form.optional')}
          value={values.circle} onInput={(v) => set('circle', v)} error={err('circle')} maxLength={CIRCLE_MAX} />
        <ColourPicker value={values.colour} onChange={(c) => set('colour', c)} />

        <section class="subsection" aria-labelledby="policy-title">
          <h2 id="policy-title" class="subsection__title">
            <button type="button" class="disclosure" aria-expanded={policyOpen || policyHasErrors} aria-controls="policy-body"
              onClick={() => setPolicyOpen(!(policyOpen || policyHasErrors))}>
              {t('simForm.policy')} · {t(`operator.${values.operator}`)}
            </button>
          </h2>
          <div id="policy-body" hidden={!(policyOpen || policyHasErrors)}>
            <p class="field__hint">{t('simForm.policyHint')}</p>
            <p class="source">{t('simForm.policySource')} {describePresetSource(values.operator, app.lang)}</p>
            <PolicyEditor values={values.policy} connection={values.connection} errors={errors}
              onChange={(policy) => set('policy', policy)} />
          </div>
        </section>

        <div class="button-row form__actions">
          <button type="submit" class="button button--primary" disabled={saving}>{t('form.save')}</button>
          <a class="button button--quiet" href={back.href}>{t('form.cancel')}</a>
        </div>
      </form>
      {existing && (
        <section class="danger-zone" aria-labelledby="delete-title">
          <h2 id="delete-title" class="visually-hidden">{t('simForm.delete')}</h2>
          <p class="field__hint">{t('simForm.deleteHint')}</p>
          <button type="button" class="button button--danger" onClick={() => { navigate({ name: 'home' }); void removeSim(app, existing.id); }}>
            {t('simForm.delete')}
          </button>
        </section>
      )}
    </Screen>
  );
}

/** The number '#/add?number=…' brings (the extension's "Add this SIM"), or ''. */
function numberToAdd(): string {
  const route = parseRoute(location.hash);
  return route.name === 'add' ? route.number ?? '' : '';
}
