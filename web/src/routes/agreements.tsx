import { createAsync, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { Page } from '../components/Page';
import { AgreementForm } from '../components/partners/AgreementForm';
import { AgreementTable } from '../components/partners/AgreementTable';
import { PartnersNav } from '../components/partners/PartnersNav';
import { t } from '../i18n';
import { createAgreementAction } from '../lib/partner-actions';
import { getAgreements, getPartners } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Agreements and MOUs: those about to expire first, then all, and a form to add one. */
export default function Agreements() {
  const ws = useWorkspace();
  const expiring = createAsync(() => getAgreements(ws().slug, true));
  const all = createAsync(() => getAgreements(ws().slug, false));
  const partners = createAsync(() => getPartners(ws().slug, {}));
  const submission = useSubmission(createAgreementAction);
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
          <h2>{t('agreements.new')}</h2>
          <AgreementForm action={createAgreementAction.with(ws().slug)} error={submission.error} pending={submission.pending} submit={t('agreements.create')} />
        </Show>
      </Show>
    </Page>
  );
}
