import { useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n';
import { copyClustersAction } from '../../lib/cluster-actions';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ClusterAlert } from './ClusterAlert';

/** An empty year: start it from the clusters of the year before. */
export function CopyClusters(props: { year: number; admin: boolean }) {
  const ws = useWorkspace();
  const copying = useSubmission(copyClustersAction);
  const previous = () => String(props.year - 1);
  return (
    <div class="card cluster-copy">
      <p>{t('clusters.none', { year: String(props.year) })}</p>
      <Show when={props.admin}>
        <ActionButton action={copyClustersAction.with(ws().slug, props.year - 1, props.year)}>{t('clusters.copy', { year: previous() })}</ActionButton>
        <p class="hint">{t('clusters.copyHint')}</p>
        <ClusterAlert error={copying.error} field="fromYear" />
      </Show>
    </div>
  );
}
