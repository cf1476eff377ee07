import { useSubmission } from '@solidjs/router';
import { createUniqueId, Show } from 'solid-js';
import { t } from '../../i18n';
import { fieldErrorText } from '../../lib/errors';
import { formatNumber } from '../../lib/event-format';
import { recordPaymentAction } from '../../lib/member-actions';
import { useWorkspace } from '../../lib/workspace';
import { tidyWhole } from '../events/Inputs';

/**
 * Records what a member paid towards the year's dues (editors): what is still owed unless
 * changed, or any part of it — payments add up until the year is paid in full.
 */
export function PaymentForm(props: { year: number; member: { id: string; fullName: string }; outstanding: number }) {
  const ws = useWorkspace();
  const id = createUniqueId();
  const submission = useSubmission(recordPaymentAction, ([, , memberId]) => memberId === props.member.id);
  const error = () => fieldErrorText(submission.error, 'amount');
  return (
    <form action={recordPaymentAction.with(ws().slug, props.year, props.member.id)} method="post" novalidate class="payment-form">
      <label for={id} class="visually-hidden">
        {t('dues.amountFor', { name: props.member.fullName })}
      </label>
      <input
        id={id}
        name="amount"
        type="text"
        inputmode="numeric"
        class="number"
        autocomplete="off"
        value={formatNumber(props.outstanding)}
        aria-invalid={Boolean(error())}
        aria-describedby={error() ? `${id}-error` : undefined}
        onBlur={(e) => tidyWhole(e.currentTarget)}
      />
      <button type="submit" disabled={submission.pending}>
        {t('dues.record')}
      </button>
      <Show when={error()}>
        <p class="field-error" id={`${id}-error`}>
          {error()}
        </p>
      </Show>
    </form>
  );
}
