import { useSubmission } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { Cluster } from '../../lib/api';
import { deleteClusterAction, removeFromClusterAction, renameClusterAction } from '../../lib/cluster-actions';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';
import { ClusterAlert } from './ClusterAlert';
import { PlaceForm } from './PlaceForm';
import { WorkspaceRows } from './WorkspaceRows';

/** One cluster: its members (moved or removed one by one), renamed or deleted by an admin. */
export function ClusterCard(props: { cluster: Cluster; clusters: Cluster[] }) {
  const ws = useWorkspace();
  const admin = () => hasRole(ws().role, 'admin');
  const removing = useSubmission(removeFromClusterAction, ([, cluster]) => cluster.id === props.cluster.id);
  const deleting = useSubmission(deleteClusterAction, ([, id]) => id === props.cluster.id);
  return (
    <section class="card cluster-card" aria-label={props.cluster.name}>
      <div class="cluster-head">
        <h2>{props.cluster.name}</h2>
        <span class="muted">{t('clusters.count', { count: String(props.cluster.members.length) })}</span>
      </div>
      <WorkspaceRows items={props.cluster.members} label={props.cluster.name} empty={t('clusters.empty')}>
        {(member) => (
          <Show when={admin()}>
            <Show when={props.clusters.length > 1}>
              <PlaceForm workspace={member} clusters={props.clusters} from={props.cluster} />
            </Show>
            <ActionButton action={removeFromClusterAction.with(ws().slug, props.cluster, member.id)}>{t('clusters.remove')}</ActionButton>
          </Show>
        )}
      </WorkspaceRows>
      <ClusterAlert error={removing.error} field="workspaceIds" />
      <Show when={admin()}>
        <div class="cluster-tools">
          <RenameForm cluster={props.cluster} />
          <ActionButton action={deleteClusterAction.with(ws().slug, props.cluster.id)} class="danger" confirm={t('clusters.confirmDelete', { name: props.cluster.name })}>
            {t('clusters.delete')}
          </ActionButton>
        </div>
        <ProblemAlert error={deleting.error} />
      </Show>
    </section>
  );
}

/** The name, changed in place behind a "Rename" disclosure that closes once saved. */
function RenameForm(props: { cluster: Cluster }) {
  const ws = useWorkspace();
  let details!: HTMLDetailsElement;
  const saving = useSubmission(renameClusterAction, ([, id]) => id === props.cluster.id);
  createEffect(on(() => saving.result, (saved) => saved && (details.open = false)));
  return (
    <details class="cluster-rename" ref={details}>
      <summary>{t('clusters.rename')}</summary>
      <form action={renameClusterAction.with(ws().slug, props.cluster.id)} method="post" novalidate class="row-form">
        <Field label={t('clusters.name')} name="name" error={saving.error}>
          {(c) => <input {...c} value={props.cluster.name} autocomplete="off" required />}
        </Field>
        <SubmitButton pending={saving.pending}>{t('clusters.saveName')}</SubmitButton>
      </form>
      <ProblemAlert error={saving.error} />
    </details>
  );
}
