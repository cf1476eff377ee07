import { Show } from 'solid-js';
import type { AffiliationStatus } from '../../../shared/workspace';
import type { Workspace } from '../lib/api';
import { t } from '../i18n';

export function StatusBadge(props: { status: AffiliationStatus }) {
  return <span class={`badge badge-${props.status}`}>{t(`status.${props.status}`)}</span>;
}

/** "parent-slug [Pending]", or a note that there is no parent. */
export function ParentStatus(props: { parent: Workspace['parent'] }) {
  return (
    <Show when={props.parent} fallback={t('dashboard.noParent')}>
      {(parent) => (
        <span class="parent">
          {parent().slug} <StatusBadge status={parent().status} />
        </span>
      )}
    </Show>
  );
}
