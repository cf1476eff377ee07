import { For } from 'solid-js';
import { roles, type Role } from '../../../shared/workspace';
import { t } from '../i18n';

/**
 * The roles as <option>s, `selected` chosen; only an owner may hand out "owner".
 * (Marking the option is reliable where a `value` on the <select> may be set before its options exist.)
 */
export function RoleOptions(props: { myRole: Role; selected: Role }) {
  return (
    <For each={roles}>
      {(role) => (
        <option value={role} selected={role === props.selected} disabled={role === 'owner' && props.myRole !== 'owner'}>
          {t(`role.${role}`)}
        </option>
      )}
    </For>
  );
}
