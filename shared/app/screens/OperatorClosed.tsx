/**
 * "Operator closed its services" (shared/rules/closure.ts): the day it closed, which of the user's
 * SIMs on that operator it closed (all of them, unless the user says otherwise), and for a postpaid
 * one the security deposit to be refunded. Every chosen SIM gets its closure in one transaction
 * (addEventsTogether), checked first: all of them, or none.
 */
import { useState } from 'preact/hooks';
import { ValidationError, type EventInput } from '../../db';
import { addEventsTogether } from '../../db/add-events';
import { eachError } from '../../validation/collect-errors';
import { DateInput } from '../../ui/DateInput';
import { MoneyInput } from '../../ui/MoneyInput';
import { parseRupees } from '../../ui/money-text';
import { hrefOf, navigate } from '../router';
import { useApp } from '../state/app-context';
import { useDirtyFlag } from '../state/dirty';
import { Screen } from '../components/Screen';
import { fieldErrorOf, type FieldErrors } from '../forms/field-error';
import { moneyProblem } from '../forms/typed-number';
import { reportFailure } from '../actions';
import { NotFound } from './NotFound';

const depositField = (simId: string) => `deposit-${simId}`;

export function OperatorClosed(props: { simId: string }) {
  const app = useApp();
  const { t, today } = app;
  const view = app.views.find((v) => v.sim.id === props.simId);
  const sims = app.views.filter((v) => view && v.sim.operator === view.sim.operator && !v.projection.closure)
    .map((v) => v.sim);
  const [date, setDate] = useState(today);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(sims.map((sim) => sim.id)));
  const [deposits, setDeposits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useDirtyFlag(!saving && (date !== today || Object.values(deposits).some((d) => d.trim() !== '')));
  if (!view) return <NotFound message={t('notFound.sim')} />;
  const operator = t(`operator.${view.sim.operator}`);
  const back = { href: hrefOf({ name: 'sim', simId: view.sim.id }), label: view.sim.label };
  const err = (field: string) => (errors[field] ? t(errors[field]!.key, errors[field]!.params) : undefined);
  const picked = sims.filter((sim) => chosen.has(sim.id));

  const toggle = (simId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(simId);
    else next.delete(simId);
    setChosen(next);
  };

  /** One closure per chosen SIM, or the boxes that do not read. */
  const inputsOf = (): { inputs: EventInput[]; problems: FieldErrors } => {
    const problems: FieldErrors = {};
    if (picked.length === 0) problems.sims = fieldErrorOf('required');
    const inputs = picked.map((sim): EventInput => {
      const typed = sim.connection === 'postpaid' ? deposits[sim.id] ?? '' : '';
      const paise = parseRupees(typed);
      if (paise !== null && Number.isNaN(paise)) problems[depositField(sim.id)] = moneyProblem(typed);
      const securityDeposit = paise === null || Number.isNaN(paise) ? undefined : paise;
      return { simId: sim.id, type: 'operator_closed', date, ...(securityDeposit !== undefined && { securityDeposit }) };
    });
    return { inputs, problems };
  };

  /** The store's problems where the form shows them: 'events[1].securityDeposit' is that SIM's deposit box. */
  const shownErrors = (error: ValidationError): FieldErrors => {
    const shown: FieldErrors = {};
    for (const each of eachError(error)) {
      const [, index, field] = /^events\[(\d+)\]\.(\w+)$/.exec(each.field) ?? [];
      const sim = index === undefined ? undefined : picked[Number(index)];
      const at = field === 'date' ? 'date' : field === 'securityDeposit' && sim ? depositField(sim.id) : '';
      shown[at] ??= fieldErrorOf(each.code, each.params);
    }
    return shown;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const { inputs, problems } = inputsOf();
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    setSaving(true);
    try {
      await addEventsTogether(await app.db(), inputs, today);
      await app.reload(picked.map((sim) => sim.id));
      navigate({ name: 'sim', simId: view.sim.id }, { replace: true });
      app.toast(t('closed.saved', { labels: picked.map((sim) => sim.label).join(', ') }));
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) setErrors(shownErrors(error));
      else reportFailure(app, error);
    }
  };

  const formError = errors[''] ? t(errors['']!.key, errors['']!.params) : Object.keys(errors).length > 0 ? t('form.fixErrors') : null;
  return (
    <Screen title={t('closed.title')} back={back}>
      <p class="screen__sub">{t('closed.lead')}</p>
      <p class="source">{t('closure.source')}</p>
      {sims.length === 0 ? <p>{t('closed.noneLeft', { operator })}</p> : (
        <form class="form" onSubmit={(e) => void save(e)} noValidate>
          {formError && <p class="form-alert" role="alert" tabIndex={-1}>{formError}</p>}
          <DateInput id="date" label={t('closed.date')} value={date} max={today} onInput={setDate} error={err('date')} required />
          <fieldset class="choices" aria-invalid={errors.sims ? 'true' : undefined}>
            <legend>{t('closed.sims', { operator })}</legend>
            {sims.map((sim) => (
              <label class="choice" key={sim.id}>
                <input type="checkbox" checked={chosen.has(sim.id)} onChange={(e) => toggle(sim.id, e.currentTarget.checked)} />
                <span>{sim.label} · {t(`connection.${sim.connection}`)}</span>
              </label>
            ))}
            {errors.sims && <p class="field__error" role="alert">{err('sims')}</p>}
          </fieldset>
          {picked.filter((sim) => sim.connection === 'postpaid').map((sim) => (
            <MoneyInput key={sim.id} id={depositField(sim.id)} label={t('closed.depositOf', { label: sim.label })} currency={t('form.rupees')}
              value={deposits[sim.id] ?? ''} onInput={(v) => setDeposits({ ...deposits, [sim.id]: v })}
              error={err(depositField(sim.id))} optionalText={t('form.optional')} hint={t('closed.depositHint')} />
          ))}
          <div class="button-row form__actions">
            <button type="submit" class="button button--primary" disabled={saving}>{t('closed.save')}</button>
            <a class="button button--quiet" href={back.href}>{t('form.cancel')}</a>
          </div>
        </form>
      )}
    </Screen>
  );
}
