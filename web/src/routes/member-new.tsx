import { useSubmission } from '@solidjs/router';
import { MemberForm } from '../components/members/MemberForm';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { createMemberAction } from '../lib/member-actions';
import { useWorkspace } from '../lib/workspace';

export default function NewMember() {
  const ws = useWorkspace();
  const submission = useSubmission(createMemberAction);
  return (
    <Page title={t('members.new')}>
      <MemberForm action={createMemberAction.with(ws().slug)} error={submission.error} pending={submission.pending} submit={t('members.create')} />
    </Page>
  );
}
