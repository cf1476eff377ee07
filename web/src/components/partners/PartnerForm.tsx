import type { Action } from '@solidjs/router';
import { partnerKindLabels, partnerKinds } from '../../../../shared/partners';
import { t } from '../../i18n';
import { ProblemAlert } from '../Alert';
import { TextArea, TextInput } from '../events/Inputs';
import { LabelChoice } from '../members/LabelChoice';
import { SubmitButton } from '../SubmitButton';
import { CountrySelect } from './CountrySelect';

/** A new partner's fields (API.md "Partners"), checked with the shared schema before it is sent. */
export function PartnerForm(props: { action: Action<[FormData], unknown>; error: unknown; pending: boolean | undefined }) {
  return (
    <form action={props.action} method="post" novalidate class="card event-form partner-form">
      <TextInput label={t('partners.name')} name="name" required error={props.error} />
      <TextInput label={t('partners.nameOriginal')} name="nameOriginal" hint={t('partners.nameOriginalHint')} error={props.error} />
      <div class="field-row">
        <CountrySelect label={t('partners.country')} name="country" error={props.error} />
        <LabelChoice label={t('partners.kind')} name="kind" values={partnerKinds} labels={partnerKindLabels} selected="friendship_society" error={props.error} />
        <TextInput label={t('partners.since')} name="since" hint={t('partners.sinceHint')} error={props.error} />
      </div>
      <TextArea label={t('partners.notes')} name="notes" error={props.error} />
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{t('partners.create')}</SubmitButton>
    </form>
  );
}
