import { useSubmission } from '@solidjs/router';
import { addDays } from '../../../../shared/partners';
import { t } from '../../i18n';
import type { Agreement } from '../../lib/api';
import { registerToday } from '../../lib/correspondence-format';
import { renewAgreementAction } from '../../lib/partner-actions';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { TextInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';

/** Renews an agreement: a successor with the same parties, valid from the day after this one ends. */
export function RenewForm(props: { agreement: Agreement }) {
  const ws = useWorkspace();
  const submission = useSubmission(renewAgreementAction);
  const startsAfter = () => (props.agreement.validTo ? addDays(props.agreement.validTo, 1) : registerToday());
  return (
    <form id="renew" action={renewAgreementAction.with(ws().slug, props.agreement.id)} method="post" novalidate class="card event-form renew-form">
      <p class="muted">{t('agreements.renewIntro')}</p>
      <TextInput label={t('agreements.agreementTitle')} name="title" value={props.agreement.title} error={submission.error} />
      <div class="field-row">
        <DateInput label={t('agreements.signedOn')} name="signedOn" value={registerToday()} error={submission.error} />
        <DateInput label={t('agreements.validFrom')} name="validFrom" value={startsAfter()} error={submission.error} />
        <DateInput label={t('agreements.validTo')} name="validTo" hint={t('agreements.validToHint')} error={submission.error} />
      </div>
      <ProblemAlert error={submission.error} />
      <SubmitButton pending={submission.pending}>{t('agreements.renew')}</SubmitButton>
    </form>
  );
}
