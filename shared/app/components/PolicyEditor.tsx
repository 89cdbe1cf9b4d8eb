/**
 * The operator's rules for one SIM, editable: days and rupees, each with the regulatory bound
 * beside it and a warning naming the regulation when a value breaks it (saving is still allowed:
 * it may be what the operator does, and the user may want to complain).
 */
import { ACTIVITY_KINDS, type ActivityKind, type Connection } from '../../rules/types';
import { REGULATORY_ACTIVITY_KINDS } from '../../rules/policy';
import type { MessageKey } from '../../i18n';
import { MoneyInput } from '../../ui/MoneyInput';
import { TextInput } from '../../ui/TextInput';
import { breachedFields, type PolicyFormValues } from '../forms/sim-form';
import type { FieldErrors } from '../forms/field-error';
import { useApp } from '../state/app-context';

type Key = Exclude<keyof PolicyFormValues, 'activityKinds'>;

const PREPAID_DAYS: Key[] = ['nonUsageDays'];
const PREPAID_MONEY: Key[] = ['anrCharge', 'anrThreshold'];
const PREPAID_MORE_DAYS: Key[] = ['anrExtensionDays', 'graceDays'];

export function PolicyEditor(props: {
  values: PolicyFormValues;
  connection: Connection;
  errors: FieldErrors;
  onChange: (values: PolicyFormValues) => void;
}) {
  const { t } = useApp();
  const breached = breachedFields(props.values);
  const set = (key: Key, value: string) => props.onChange({ ...props.values, [key]: value });
  const error = (key: string) => {
    const e = props.errors[`policy.${key}`];
    return e ? t(e.key, e.params) : undefined;
  };
  const common = (key: Key) => ({
    id: `policy-${key}`,
    label: t(`policy.${key}` as MessageKey),
    value: props.values[key],
    onInput: (value: string) => set(key, value),
    error: error(key),
    warning: breached.has(key) ? t(`breach.${key}` as MessageKey) : undefined,
  });
  const days = (key: Key) => (
    <TextInput key={key} {...common(key)} inputMode="numeric" unit={t('form.days')} aside={t(`bound.${key}` as MessageKey)} />
  );
  const money = (key: Key) => (
    <MoneyInput key={key} {...common(key)} currency={t('form.rupees')} aside={t(`bound.${key}` as MessageKey)} />
  );
  const planDays = (key: Key) => (
    <TextInput key={key} {...common(key)} inputMode="numeric" unit={t('form.days')} optionalText={t('simForm.planNotKnown')} aside={t('bound.plan')} />
  );
  const toggleKind = (kind: ActivityKind, on: boolean) => {
    const kinds = on ? [...props.values.activityKinds, kind] : props.values.activityKinds.filter((k) => k !== kind);
    props.onChange({ ...props.values, activityKinds: ACTIVITY_KINDS.filter((k) => kinds.includes(k)) });
  };
  const prepaid = props.connection === 'prepaid';
  return (
    <div class="policy-editor">
      {prepaid && PREPAID_DAYS.map(days)}
      {prepaid && PREPAID_MONEY.map(money)}
      {prepaid && PREPAID_MORE_DAYS.map(days)}
      {prepaid && money('reactivationFee')}
      {!prepaid && money('safeCustodyCharge')}
      {prepaid && planDays('incomingGraceDays')}
      {prepaid && planDays('suspensionDays')}
      <fieldset class="choices" aria-describedby="kinds-bound">
        <legend>{t('simForm.activityKinds')}</legend>
        <p class="field__aside" id="kinds-bound">{t('bound.activityKinds')}</p>
        {ACTIVITY_KINDS.map((kind) => (
          <label class="choice" key={kind}>
            <input type="checkbox" checked={props.values.activityKinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
            <span>{t(`kind.${kind}`)}{!REGULATORY_ACTIVITY_KINDS.includes(kind) && <span class="choice__hint">{t('bound.plan')}</span>}</span>
          </label>
        ))}
        {breached.has('activityKinds') && <p class="field__warning"><span aria-hidden="true">⚠ </span>{t('breach.activityKinds')}</p>}
      </fieldset>
    </div>
  );
}
