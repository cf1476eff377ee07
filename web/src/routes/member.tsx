import { A, createAsync, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { ActionButton } from '../components/ActionButton';
import { Notice } from '../components/Alert';
import { MemberForm } from '../components/members/MemberForm';
import { Page } from '../components/Page';
import { t } from '../i18n';
import type { Member } from '../lib/api';
import { archiveMemberAction, restoreMemberAction, updateMemberAction } from '../lib/member-actions';
import { getMember } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Archive, or restore an archived member. */
function ArchiveControls(props: { member: Member }) {
  const ws = useWorkspace();
  return (
    <Show
      when={props.member.status === 'archived'}
      fallback={
        <ActionButton action={archiveMemberAction.with(ws().slug, props.member.id)} confirm={t('members.archiveConfirm', { name: props.member.fullName })} class="danger">
          {t('members.archive')}
        </ActionButton>
      }
    >
      <div class="alert alert-error member-archived">
        <p>{t('members.archived')}</p>
        <ActionButton action={restoreMemberAction.with(ws().slug, props.member.id)}>{t('members.restore')}</ActionButton>
      </div>
    </Show>
  );
}

/** A member's details, as an edit form for editors. */
export default function MemberDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const member = createAsync(() => getMember(ws().slug, params.id));
  const submission = useSubmission(updateMemberAction);
  const editor = () => hasRole(ws().role, 'editor');
  return (
    <Show when={member()}>
      {(m) => (
        <Page title={m().fullName}>
          <p>
            <A href={`/w/${ws().slug}/members`}>{t('members.back')}</A>
          </p>
          <Show when={submission.result && !submission.pending}>
            <Notice>{t('common.saved')}</Notice>
          </Show>
          <fieldset disabled={!editor()} class="plain">
            <MemberForm member={m()} action={updateMemberAction.with(ws().slug, m().id)} error={submission.error} pending={submission.pending} submit={t('common.save')} />
          </fieldset>
          <Show when={editor()}>
            <ArchiveControls member={m()} />
          </Show>
        </Page>
      )}
    </Show>
  );
}
