import { createAsync, useSubmission } from '@solidjs/router';
import { createEffect, For, Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { Notice, ProblemAlert } from '../components/Alert';
import { DateInput } from '../components/correspondence/DateInput';
import { TextArea, TextInput } from '../components/events/Inputs';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { AgreementTable } from '../components/partners/AgreementTable';
import { PartnersNav } from '../components/partners/PartnersNav';
import { SubmitButton } from '../components/SubmitButton';
import { t } from '../i18n';
import type { Partner } from '../lib/api';
import { createAgreementAction } from '../lib/partner-actions';
import { getAgreements, getPartners } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** A new agreement with one partner, checked with the shared schema before it is sent. */
function AgreementForm(props: { partners: Partner[] }) {
  const ws = useWorkspace();
  const submission = useSubmission(createAgreementAction);
  let form: HTMLFormElement | undefined;
  createEffect(() => {
    if (submission.result && !submission.pending) form?.reset();
  });
  return (
    <form ref={form} action={createAgreementAction.with(ws().slug)} method="post" novalidate class="card event-form agreement-form">
      <h2>{t('agreements.new')}</h2>
      <TextInput label={t('agreements.agreementTitle')} name="title" required error={submission.error} />
      <Field label={t('agreements.partner')} name="partnerIds" error={submission.error}>
        {(c) => (
          <select {...c}>
            <option value="">—</option>
            <For each={props.partners}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        )}
      </Field>
      <div class="field-row">
        <DateInput label={t('agreements.signedOn')} name="signedOn" error={submission.error} />
        <DateInput label={t('agreements.validFrom')} name="validFrom" error={submission.error} />
        <DateInput label={t('agreements.validTo')} name="validTo" hint={t('agreements.validToHint')} error={submission.error} />
      </div>
      <TextArea label={t('agreements.notes')} name="notes" error={submission.error} />
      <ProblemAlert error={submission.error} />
      <Show when={submission.result && !submission.pending}>
        <Notice>{t('agreements.created')}</Notice>
      </Show>
      <SubmitButton pending={submission.pending}>{t('agreements.create')}</SubmitButton>
    </form>
  );
}

/** Agreements and MOUs: those about to expire first, then all, and a form to add one. */
export default function Agreements() {
  const ws = useWorkspace();
  const expiring = createAsync(() => getAgreements(ws().slug, true));
  const all = createAsync(() => getAgreements(ws().slug, false));
  const partners = createAsync(() => getPartners(ws().slug, {}));
  const partnerName = (id: string) => partners()?.find((p) => p.id === id)?.name ?? '…';
  return (
    <Page title={t('agreements.title')}>
      <PartnersNav />
      <Show when={expiring()?.length}>
        <section class="reminder-box" aria-labelledby="expiring-heading">
          <h2 id="expiring-heading">{t('agreements.expiringTitle')}</h2>
          <p class="muted">{t('agreements.expiringIntro')}</p>
          <AgreementTable items={expiring()} partnerName={partnerName} label={t('agreements.expiringTitle')} empty="" />
        </section>
      </Show>
      <h2>{t('agreements.all')}</h2>
      <AgreementTable items={all()} partnerName={partnerName} label={t('agreements.list')} empty={t('agreements.empty')} />
      <Show when={hasRole(ws().role, 'editor')}>
        <Show when={partners()?.length} fallback={<p class="muted">{t('agreements.needPartner')}</p>}>
          <AgreementForm partners={partners()!} />
        </Show>
      </Show>
    </Page>
  );
}
