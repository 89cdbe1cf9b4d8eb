/** Add or edit a SIM: who it is, and the operator's rules (from a preset, editable, bounds beside). */
import { useState } from 'preact/hooks';
import {
  CIRCLE_MAX, defaultColour, LABEL_MAX, requestPersistence, updateSim, ValidationError, type Operator, OPERATORS,
} from '../../db';
import { addSimWithEvents } from '../../db/add-sim-with-events';
import { presetFor } from '../../rules/presets';
import { describePresetSource } from '../../i18n/describe-preset-source';
import { VOUCHER_KINDS, type Connection } from '../../rules/types';
import { TextInput } from '../../ui/TextInput';
import { DateInput } from '../../ui/DateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { SelectInput } from '../../ui/SelectInput';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { hrefOf, navigate, parseRoute } from '../router';
import { useApp } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import { Screen } from '../components/Screen';
import { PolicyEditor } from '../components/PolicyEditor';
import { ColourPicker } from '../components/ColourPicker';
import {
  newSimForm, policyFormOf, SIM_FORM_FIELDS, simFormErrors, simFormOf, simInputOf, type SimFormValues,
} from '../forms/sim-form';
import { firstEventsOf, newFirstEvents, type FirstEventsValues } from '../forms/first-events';
import { unlikelyFigures } from '../forms/plausibility';
import { formErrorsOf, type FieldErrors } from '../forms/field-error';
import { useFormErrors } from '../forms/use-form-errors';
import { reportFailure, removeSim } from '../actions';
import { NotFound } from './NotFound';

export function SimForm(props: { simId?: string }) {
  const app = useApp();
  const { t, today } = app;
  const existing = props.simId === undefined ? undefined : app.sims.find((sim) => sim.id === props.simId);
  const [initial] = useState<SimFormValues>(() => (existing ? simFormOf(existing) : { ...newSimForm(today, defaultColour(app.sims.length)), number: numberToAdd() }));
  const [values, setValues] = useState(initial);
  const [first, setFirst] = useState<FirstEventsValues>(newFirstEvents);
  const { errors, setErrors, questions, askOnce, form } = useFormErrors();
  /** The answers the user was asked about and chose to keep (Save again): asked once. */
  const [policyOpen, setPolicyOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial) || JSON.stringify(first) !== JSON.stringify(newFirstEvents());
  useDirtyFlag(dirty && !saving);

  if (props.simId !== undefined && !existing) return <NotFound message={t('notFound.sim')} />;

  const set = <K extends keyof SimFormValues>(key: K, value: SimFormValues[K]) => setValues({ ...values, [key]: value });
  const setKnown = <K extends keyof FirstEventsValues>(key: K, value: FirstEventsValues[K]) => setFirst({ ...first, [key]: value });
  const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);
  const ask = (field: string) => (questions[field] ? t(questions[field]!.key, questions[field]!.params) : undefined);
  // What the user knows today: asked when adding a prepaid SIM (a postpaid one is kept by its rent, reg 13).
  const asksFirstEvents = !existing && values.connection === 'prepaid';
  const policyHasErrors = Object.keys(errors).some((key) => key.startsWith('policy.'));

  const save = async (event: Event) => {
    event.preventDefault();
    // Every problem at once: the SIM's fields, the operator's rules, what the user knows today.
    const firstEvents = asksFirstEvents ? firstEventsOf(first, today) : { ok: true as const, value: [] };
    const found: FieldErrors = { ...simFormErrors(values, today), ...(firstEvents.ok ? {} : firstEvents.errors) };
    const parsed = simInputOf(values);
    if (Object.keys(found).length > 0 || !parsed.ok || !firstEvents.ok) {
      if (Object.keys(found).some((field) => field.startsWith('policy.'))) setPolicyOpen(true);
      setErrors(found);
      return;
    }
    // Unlikely figures are asked about once; Save again with the same answers keeps them.
    const unlikely = asksFirstEvents ? unlikelyFigures({
      fields: { paid: 'recharge.amount', talktime: 'recharge.monetaryValue', balance: 'balance', validityEnds: 'recharge.validityEnds' },
      paid: first.rechargeAmount, talktime: first.monetaryValue, balance: first.balance, from: first.rechargeDate, validityEnds: first.validityEnds,
    }) : {};
    if (askOnce(unlikely, JSON.stringify(first))) return;
    setSaving(true);
    try {
      const sim = existing
        ? await updateSim(await app.db(), existing.id, parsed.value, today)
        : await addSimWithEvents(await app.db(), parsed.value, firstEvents.value, today);
      if (!existing && !app.settings.onboarded) await app.setSetting('onboarded', true);
      // The first SIM is worth keeping: ask the browser not to evict the store (no prompt in Chromium).
      if (!existing && app.sims.length === 0) void requestPersistence();
      await app.reload();
      navigate({ name: 'sim', simId: sim.id }, { replace: !existing });
      app.toast(existing ? t('toast.saved') : t('toast.simAdded', { label: sim.label }));
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        // The first events were checked above with the store's own checks; anything else shows at the top.
        const shown = formErrorsOf(error, SIM_FORM_FIELDS);
        if (Object.keys(shown).some((field) => field.startsWith('policy.'))) setPolicyOpen(true);
        setErrors(shown);
      } else reportFailure(app, error);
    }
  };

  const title = existing ? t('simForm.editTitle', { label: existing.label }) : t('simForm.addTitle');
  const back = existing ? { href: hrefOf({ name: 'sim', simId: existing.id }), label: existing.label } : { href: '#/', label: t('nav.home') };
  const formError = errors[''] ? t(errors['']!.key, errors['']!.params) : Object.keys(errors).length > 0 ? t('form.fixErrors') : null;
  const asking = formError === null && Object.keys(questions).length > 0;

  return (
    <Screen title={title} back={back}>
      <form ref={form} class="form" onSubmit={(e) => void save(e)} noValidate>
        {formError && <p class="form-alert" role="alert" tabIndex={-1}>{formError}</p>}
        {asking && <p class="form-alert form-alert--question" role="alert" tabIndex={-1}>{t('form.checkValues')}</p>}
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
        {asksFirstEvents && (
          <section class="subsection form__group" aria-labelledby="known-title">
            <h2 id="known-title" class="form__group-title">{t('simForm.knownToday')}</h2>
            <p class="field__hint">{t('simForm.knownTodayHint')}</p>
            <MoneyInput id="balance" label={t('simForm.balance')} hint={t('simForm.balanceHint')} currency={t('form.rupees')}
              optionalText={t('form.optional')} value={first.balance} onInput={(v) => setKnown('balance', v)}
              error={err('balance')} question={ask('balance')} />
            <div class="form__group" role="group" aria-labelledby="recharge-title">
              <h3 id="recharge-title" class="form__group-title">{t('simForm.lastRecharge')} <span class="field__optional">({t('form.optional')})</span></h3>
              <DateInput id="recharge-date" label={t('simForm.rechargeDate')} value={first.rechargeDate} max={today}
                onInput={(v) => setKnown('rechargeDate', v)} error={err('recharge.date')} />
              <ChoiceGroup name="recharge-voucher" legend={t('logForm.voucher')} value={first.voucher} error={err('recharge.voucher')}
                options={VOUCHER_KINDS.map((v) => ({ value: v, label: t(`voucher.${v}`) }))} onChange={(v) => setKnown('voucher', v)} />
              <MoneyInput id="recharge-amount" label={t('logForm.amount')} currency={t('form.rupees')} value={first.rechargeAmount}
                onInput={(v) => setKnown('rechargeAmount', v)} error={err('recharge.amount')} question={ask('recharge.amount')} />
              <MoneyInput id="recharge-monetaryValue" label={t('logForm.monetaryValue')} hint={t('logForm.monetaryValueHint')} currency={t('form.rupees')}
                optionalText={t('form.optional')} value={first.monetaryValue} onInput={(v) => setKnown('monetaryValue', v)}
                error={err('recharge.monetaryValue')} question={ask('recharge.monetaryValue')} />
              <div class="field-pair">
                <TextInput id="recharge-validityDays" label={t('logForm.validityDays')} inputMode="numeric" unit={t('form.days')}
                  value={first.validityDays} onInput={(v) => setKnown('validityDays', v)} error={err('recharge.validityDays')}
                  optionalText={t('form.optional')} hint={t('logForm.validityHint')} />
                <DateInput id="recharge-validityEnds" label={t('logForm.validityEnds')} value={first.validityEnds} min={first.rechargeDate || undefined}
                  onInput={(v) => setKnown('validityEnds', v)} error={err('recharge.validityEnds')} question={ask('recharge.validityEnds')}
                  optionalText={t('form.optional')} />
              </div>
            </div>
          </section>
        )}
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
