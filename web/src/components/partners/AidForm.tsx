import { useSubmission } from '@solidjs/router';
import { createEffect, createSignal, Show } from 'solid-js';
import { aidSectorLabels, aidSectors, aidStatusLabels, aidStatuses } from '../../../../shared/partners';
import { t } from '../../i18n';
import { parseWhole } from '../../lib/forms';
import { createAidAction } from '../../lib/partner-actions';
import { useWorkspace } from '../../lib/workspace';
import { Notice, ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { MoneyInput, TextArea, TextInput } from '../events/Inputs';
import { LabelChoice } from '../members/LabelChoice';
import { SubmitButton } from '../SubmitButton';
import { PartnerSelect } from './PartnerSelect';

/**
 * A new aid project. Disbursing more than was committed happens (exchange rates, top-ups), so
 * the form warns as soon as the figures say so and asks for the reason the server requires.
 */
export function AidForm() {
  const ws = useWorkspace();
  const submission = useSubmission(createAidAction);
  const [committed, setCommitted] = createSignal<number | null>(null);
  const [disbursed, setDisbursed] = createSignal<number | null>(null);
  const over = () => (disbursed() ?? 0) > (committed() ?? 0) && Number.isFinite(disbursed());
  const track = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === 'committedVnd') setCommitted(parseWhole(target.value));
    if (target.name === 'disbursedVnd') setDisbursed(parseWhole(target.value));
  };
  let form: HTMLFormElement | undefined;
  createEffect(() => {
    if (!submission.result || submission.pending) return;
    form?.reset();
    setCommitted(null);
    setDisbursed(null);
  });
  return (
    <form ref={form} action={createAidAction.with(ws().slug)} method="post" novalidate class="card event-form aid-form" onInput={(e) => track(e.target)}>
      <h2>{t('aid.new')}</h2>
      <TextInput label={t('aid.project')} name="title" required error={submission.error} />
      <PartnerSelect label={t('aid.donor')} name="donorPartnerId" error={submission.error} />
      <div class="field-row">
        <LabelChoice label={t('aid.sector')} name="sector" values={aidSectors} labels={aidSectorLabels} selected="education" error={submission.error} />
        <LabelChoice label={t('aid.status')} name="status" values={aidStatuses} labels={aidStatusLabels} selected="ongoing" error={submission.error} />
      </div>
      <div class="field-row">
        <MoneyInput label={t('aid.committed')} name="committedVnd" error={submission.error} />
        <MoneyInput label={t('aid.disbursed')} name="disbursedVnd" hint={t('aid.disbursedHint')} error={submission.error} />
      </div>
      <Show when={over()}>
        <div class="alert alert-warn" role="status">
          <p>{t('aid.overWarning')}</p>
          <TextArea label={t('aid.overReason')} name="overDisbursedReason" required error={submission.error} />
        </div>
      </Show>
      <fieldset>
        <legend>{t('aid.original')}</legend>
        <div class="field-row">
          <TextInput label={t('aid.currency')} name="currency" hint={t('aid.currencyHint')} error={submission.error} />
          <TextInput label={t('aid.committedOriginal')} name="committedOriginal" error={submission.error} />
          <TextInput label={t('aid.disbursedOriginal')} name="disbursedOriginal" error={submission.error} />
        </div>
      </fieldset>
      <div class="field-row">
        <DateInput label={t('aid.startsOn')} name="startsOn" error={submission.error} />
        <DateInput label={t('aid.endsOn')} name="endsOn" error={submission.error} />
      </div>
      <TextArea label={t('aid.notes')} name="notes" error={submission.error} />
      <ProblemAlert error={submission.error} />
      <Show when={submission.result && !submission.pending}>
        <Notice>{t('aid.created')}</Notice>
      </Show>
      <SubmitButton pending={submission.pending}>{t('aid.create')}</SubmitButton>
    </form>
  );
}
