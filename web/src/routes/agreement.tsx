import { A, createAsync, useLocation, useParams, useSubmission } from '@solidjs/router';
import { createEffect, For, Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { ActionButton } from '../components/ActionButton';
import { Notice } from '../components/Alert';
import { Page } from '../components/Page';
import { AgreementForm } from '../components/partners/AgreementForm';
import { AgreementStatusBadge } from '../components/partners/AgreementTable';
import { PartnersNav } from '../components/partners/PartnersNav';
import { RenewForm } from '../components/partners/RenewForm';
import { t } from '../i18n';
import type { Agreement } from '../lib/api';
import { formatDay } from '../lib/event-time';
import { deleteAgreementAction, updateAgreementAction } from '../lib/partner-actions';
import { getAgreement, getPartners } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** The agreement's parties, dates, status and the agreements it renews or is renewed by. */
function Facts(props: { agreement: Agreement }) {
  const ws = useWorkspace();
  const partners = createAsync(() => getPartners(ws().slug, {}));
  const a = () => props.agreement;
  const link = (id: string) => `/w/${ws().slug}/agreements/${id}`;
  return (
    <dl class="card partner-facts">
      <dt>{t('agreements.parties')}</dt>
      <dd>
        <ul class="plain-list">
          <For each={a().partnerIds}>
            {(id) => (
              <li>
                <A href={`/w/${ws().slug}/partners/${id}`}>{partners()?.find((p) => p.id === id)?.name ?? '…'}</A>
              </li>
            )}
          </For>
        </ul>
      </dd>
      <dt>{t('agreements.signedOn')}</dt>
      <dd>{formatDay(a().signedOn)}</dd>
      <dt>{t('agreements.validity')}</dt>
      <dd>
        {formatDay(a().validFrom)} – {a().validTo ? formatDay(a().validTo!) : t('agreements.openEnded')}
      </dd>
      <dt>{t('agreements.status')}</dt>
      <dd>
        <AgreementStatusBadge agreement={a()} />
      </dd>
      <Show when={a().renewedFromId}>
        {(id) => (
          <>
            <dt>{t('agreements.renews')}</dt>
            <dd>
              <A href={link(id())}>{t('agreements.previous')}</A>
            </dd>
          </>
        )}
      </Show>
      <Show when={a().renewedById}>
        {(id) => (
          <>
            <dt>{t('agreements.renewedBy')}</dt>
            <dd>
              <A href={link(id())}>{t('agreements.successor')}</A>
            </dd>
          </>
        )}
      </Show>
      <Show when={a().notes}>
        <dt>{t('agreements.notes')}</dt>
        <dd class="partner-notes">{a().notes}</dd>
      </Show>
    </dl>
  );
}

/** One agreement: its facts; for editors renewal, changes and deletion. */
export default function AgreementDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const location = useLocation();
  const agreement = createAsync(() => getAgreement(ws().slug, params.id));
  const update = useSubmission(updateAgreementAction);
  const editor = () => hasRole(ws().role, 'editor');
  // "Renew" in the lists links to #renew: bring the form into view once it is there.
  createEffect(() => {
    if (agreement() && location.hash === '#renew') document.getElementById('renew')?.scrollIntoView();
  });
  return (
    <Show when={agreement()}>
      {(a) => (
        <Page title={a().title}>
          <PartnersNav />
          <Facts agreement={a()} />
          <Show when={editor()}>
            <Show when={!a().renewedById}>
              <details class="edit-details" open={a().status === 'expiring' || a().status === 'expired' || location.hash === '#renew'}>
                <summary>{t('agreements.renewTitle')}</summary>
                <RenewForm agreement={a()} />
              </details>
            </Show>
            <details class="edit-details" open={Boolean(update.error)}>
              <summary>{t('agreements.edit')}</summary>
              <AgreementForm agreement={a()} action={updateAgreementAction.with(ws().slug, a().id)} error={update.error} pending={update.pending} submit={t('common.save')} />
            </details>
            <Show when={update.result && !update.pending}>
              <Notice>{t('common.saved')}</Notice>
            </Show>
            <p class="partner-actions">
              <ActionButton action={deleteAgreementAction.with(ws().slug, a().id)} confirm={t('agreements.deleteConfirm', { title: a().title })} class="danger">
                {t('agreements.delete')}
              </ActionButton>
            </p>
          </Show>
          <p>
            <A href={`/w/${ws().slug}/agreements`}>{t('agreements.back')}</A>
          </p>
        </Page>
      )}
    </Show>
  );
}
