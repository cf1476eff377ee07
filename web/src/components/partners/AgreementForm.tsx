import type { Action } from '@solidjs/router';
import { t } from '../../i18n';
import type { Agreement } from '../../lib/api';
import { ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { TextArea, TextInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';
import { PartnerPicker } from './PartnerPicker';

interface AgreementFormProps {
  /** The agreement being edited, or nothing for a new one. */
  agreement?: Agreement;
  action: Action<[FormData], unknown>;
  error: unknown;
  pending: boolean | undefined;
  submit: string;
}

/** An agreement's fields, its parties one or several partners, checked with the shared schema before it is sent. */
export function AgreementForm(props: AgreementFormProps) {
  const a = props.agreement;
  return (
    <form action={props.action} method="post" novalidate class="card event-form agreement-form">
      <TextInput label={t('agreements.agreementTitle')} name="title" value={a?.title} required error={props.error} />
      <PartnerPicker label={t('agreements.parties')} name="partnerIds" hint={t('agreements.partiesHint')} value={a?.partnerIds ?? []} error={props.error} />
      <div class="field-row">
        <DateInput label={t('agreements.signedOn')} name="signedOn" value={a?.signedOn} error={props.error} />
        <DateInput label={t('agreements.validFrom')} name="validFrom" value={a?.validFrom} error={props.error} />
        <DateInput label={t('agreements.validTo')} name="validTo" value={a?.validTo ?? undefined} hint={t('agreements.validToHint')} error={props.error} />
      </div>
      <TextArea label={t('agreements.notes')} name="notes" value={a?.notes} error={props.error} />
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{props.submit}</SubmitButton>
    </form>
  );
}
