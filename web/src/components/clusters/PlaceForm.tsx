import { useSubmission } from '@solidjs/router';
import { For } from 'solid-js';
import { t } from '../../i18n';
import type { Cluster, ClusterWorkspace } from '../../lib/api';
import { placeAction } from '../../lib/cluster-actions';
import { useWorkspace } from '../../lib/workspace';
import { ClusterAlert } from './ClusterAlert';

interface PlaceFormProps {
  workspace: ClusterWorkspace;
  /** The year's clusters; the one it is in already (`from`) is left out of the choice. */
  clusters: Cluster[];
  from?: Cluster;
}

/** A cluster to choose and a button: places an affiliate, or moves it from its cluster to another. */
export function PlaceForm(props: PlaceFormProps) {
  const ws = useWorkspace();
  const submission = useSubmission(placeAction, ([, id]) => id === props.workspace.id);
  const choices = () => props.clusters.filter((c) => c.id !== props.from?.id);
  const label = () => t(props.from ? 'clusters.moveTo' : 'clusters.placeIn', { name: props.workspace.name });
  return (
    <form action={placeAction.with(ws().slug, props.workspace.id, props.clusters)} method="post" class="place-form">
      <select name="clusterId" aria-label={label()} required>
        <option value="">{t('clusters.choose')}</option>
        <For each={choices()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
      </select>
      <button type="submit" class={props.from ? undefined : 'primary'} disabled={submission.pending}>
        {t(props.from ? 'clusters.move' : 'clusters.place')}
      </button>
      <ClusterAlert error={submission.error} field="workspaceIds" />
    </form>
  );
}
