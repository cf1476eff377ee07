import { For } from 'solid-js';
import { t } from '../../i18n';
import type { Outcomes } from '../../lib/api';
import { outcomeTexts, type MoneyField } from '../../lib/event-form';
import { MoneyInput, TextArea, TextInput, WholeInput } from './Inputs';

/** What the event achieved: agreements, aid and money raised (whole VND), media, follow-up. Folded until wanted. */
export function OutcomesFields(props: { value: Outcomes | null; error: unknown }) {
  const money = (name: MoneyField) => (
    <MoneyInput label={t(`events.${name}`)} name={`outcomes.${name}`} value={props.value?.[name]} error={props.error} />
  );
  return (
    <details class="fieldset" open={props.value !== null}>
      <summary>{t('events.outcomes')}</summary>
      <WholeInput label={t('events.agreementsSigned')} name="outcomes.agreementsSigned" value={props.value?.agreementsSigned} error={props.error} />
      <p class="hint money-hint">{t('events.vndHint')}</p>
      <div class="field-row">
        {money('aidCommittedVnd')}
        {money('aidDisbursedVnd')}
      </div>
      <TextInput label={t('events.aidCurrency')} name="outcomes.aidCurrency" value={props.value?.aidCurrency} hint={t('events.aidCurrencyHint')} error={props.error} />
      <div class="field-row">
        {money('fundsRaisedVnd')}
        {money('fundsTargetVnd')}
      </div>
      <For each={outcomeTexts}>{(name) => <TextArea label={t(`events.${name}`)} name={`outcomes.${name}`} value={props.value?.[name]} error={props.error} />}</For>
    </details>
  );
}
