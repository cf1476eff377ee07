import type { JSX } from 'solid-js';
import { t } from '../../i18n';
import type { ClusterWorkspace } from '../../lib/api';
import { ListTable } from '../ListTable';

/** Affiliates as table rows (stacked on phones), each with its own controls in the last cell. */
export function WorkspaceRows(props: { items: ClusterWorkspace[]; label: string; empty: string; children: (w: ClusterWorkspace) => JSX.Element }) {
  const columns = () => [t('workspace.name'), t('workspace.kind')];
  return (
    <ListTable items={props.items} columns={columns()} empty={props.empty} label={props.label}>
      {(w) => (
        <tr>
          <td data-label={columns()[0]}>
            {w.name} <span class="muted">· {w.slug}</span>
          </td>
          <td data-label={columns()[1]}>{t(`kind.${w.kind}`)}</td>
          <td class="row-actions">{props.children(w)}</td>
        </tr>
      )}
    </ListTable>
  );
}
