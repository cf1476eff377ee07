import type { Action } from '@solidjs/router';
import { partnerKindLabels, partnerKinds } from '../../../../shared/partners';
import { t } from '../../i18n';
import type { Partner } from '../../lib/api';
import { ProblemAlert } from '../Alert';
import { TextArea, TextInput } from '../events/Inputs';
import { LabelChoice } from '../members/LabelChoice';
import { SubmitButton } from '../SubmitButton';
import { CountrySelect } from './CountrySelect';

interface PartnerFormProps {
  /** The partner being edited, or nothing for a new one. */
  partner?: Partner;
  action: Action<[FormData], unknown>;
  error: unknown;
  pending: boolean | undefined;
  submit: string;
}

/** A partner's fields (API.md "Partners") but its contacts, checked with the shared schema before it is sent. */
export function PartnerForm(props: PartnerFormProps) {
  const p = props.partner;
  return (
    <form action={props.action} method="post" novalidate class="card event-form partner-form">
      <TextInput label={t('partners.name')} name="name" value={p?.name} required error={props.error} />
      <TextInput label={t('partners.nameOriginal')} name="nameOriginal" value={p?.nameOriginal} hint={t('partners.nameOriginalHint')} error={props.error} />
      <div class="field-row">
        <CountrySelect label={t('partners.country')} name="country" selected={p?.country} error={props.error} />
        <LabelChoice label={t('partners.kind')} name="kind" values={partnerKinds} labels={partnerKindLabels} selected={p?.kind ?? 'friendship_society'} error={props.error} />
        <TextInput label={t('partners.since')} name="since" value={p?.since} hint={t('partners.sinceHint')} error={props.error} />
      </div>
      <TextArea label={t('partners.notes')} name="notes" value={p?.notes} error={props.error} />
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{props.submit}</SubmitButton>
    </form>
  );
}
