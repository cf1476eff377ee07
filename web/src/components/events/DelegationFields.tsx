import { t } from '../../i18n';
import type { Delegation } from '../../lib/api';
import { TextArea, TextInput, WholeInput } from './Inputs';

/** Head, size, itinerary and gifts of a delegation received or sent (its direction follows the type). */
export function DelegationFields(props: { value: Delegation | null; error: unknown; hidden: boolean }) {
  return (
    <fieldset hidden={props.hidden}>
      <legend>{t('events.delegation')}</legend>
      <div class="field-row">
        <TextInput label={t('events.headName')} name="delegation.headName" value={props.value?.headName} error={props.error} />
        <TextInput label={t('events.headTitle')} name="delegation.headTitle" value={props.value?.headTitle} error={props.error} />
      </div>
      <WholeInput label={t('events.delegationSize')} name="delegation.size" value={props.value?.size} error={props.error} />
      <TextArea label={t('events.itinerary')} name="delegation.itinerary" value={props.value?.itinerary} error={props.error} />
      <TextArea label={t('events.gifts')} name="delegation.gifts" value={props.value?.gifts} error={props.error} />
    </fieldset>
  );
}
