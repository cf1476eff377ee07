import { action, createAsync, useAction, useSubmission } from '@solidjs/router';
import type { Role } from '../../../shared/workspace';
import { formatDate, t } from '../i18n';
import { api, type Person } from '../lib/api';
import { getMe, getPeople } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';
import { ActionButton } from './ActionButton';
import { ProblemAlert } from './Alert';
import { ListTable } from './ListTable';
import { RoleOptions } from './RoleOptions';

const changeRoleAction = action((slug: string, userId: string, role: Role) => api.changeRole(slug, userId, role), 'changeRole');
const removePersonAction = action((slug: string, userId: string) => api.removePerson(slug, userId), 'removePerson');

/** The people with access to the workspace: change their role or remove them. */
export function PeopleTable() {
  const ws = useWorkspace();
  const me = createAsync(() => getMe());
  const people = createAsync(() => getPeople(ws().slug));
  const changeRole = useAction(changeRoleAction);
  const roleChange = useSubmission(changeRoleAction);
  const removal = useSubmission(removePersonAction);

  const onRoleChange = (person: Person, select: HTMLSelectElement) => {
    // If the server refuses (e.g. the last owner), show the role the person still has.
    changeRole(ws().slug, person.userId, select.value as Role).catch(() => (select.value = person.role));
  };

  return (
    <>
      <ProblemAlert error={roleChange.error} />
      <ProblemAlert error={removal.error} />
      <ListTable items={people()} columns={[t('account.name'), t('account.email'), t('people.role'), t('people.since')]}>
        {(person) => (
          <tr>
            <td data-label={t('account.name')}>
              {person.name}
              {person.userId === me()?.user.id ? ` (${t('people.you')})` : ''}
            </td>
            <td data-label={t('account.email')}>{person.email}</td>
            <td data-label={t('people.role')}>
              <select aria-label={t('people.roleOf', { name: person.name })} onChange={(e) => onRoleChange(person, e.currentTarget)}>
                <RoleOptions myRole={ws().role} selected={person.role} />
              </select>
            </td>
            <td data-label={t('people.since')}>{formatDate(person.since)}</td>
            <td class="row-actions">
              <ActionButton
                action={removePersonAction.with(ws().slug, person.userId)}
                confirm={t('people.removeConfirm', { name: person.name })}
                class="danger"
              >
                {t('people.remove')}
              </ActionButton>
            </td>
          </tr>
        )}
      </ListTable>
    </>
  );
}
