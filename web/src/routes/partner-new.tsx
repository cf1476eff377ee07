import { useSubmission } from '@solidjs/router';
import { Page } from '../components/Page';
import { PartnerForm } from '../components/partners/PartnerForm';
import { t } from '../i18n';
import { createPartnerAction } from '../lib/partner-actions';
import { useWorkspace } from '../lib/workspace';

export default function NewPartner() {
  const ws = useWorkspace();
  const submission = useSubmission(createPartnerAction);
  return (
    <Page title={t('partners.new')}>
      <PartnerForm action={createPartnerAction.with(ws().slug)} error={submission.error} pending={submission.pending} submit={t('partners.create')} />
    </Page>
  );
}
