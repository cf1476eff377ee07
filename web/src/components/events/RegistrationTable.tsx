import { useSubmission } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { Registration } from '../../lib/api';
import { cancelRegistrationAction, checkInAction } from '../../lib/event-actions';
import { formatTime } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { ListTable } from '../ListTable';
import { RegistrationBadge } from './RegistrationBadge';

/** Where each waiting person stands: 1 is next to get a place. */
function waitlistPlaces(items: Registration[]): Map<string, number> {
  return new Map(items.filter((r) => r.status === 'waitlisted').map((r, i) => [r.id, i + 1]));
}

/** The people registered, in order of arrival, with their status; editors check in or cancel. */
export function RegistrationTable(props: { eventId: string; items: Registration[] | undefined }) {
  const ws = useWorkspace();
  const places = createMemo(() => waitlistPlaces(props.items ?? []));
  const cancellation = useSubmission(cancelRegistrationAction);
  const checkIn = useSubmission(checkInAction);
  const editor = () => hasRole(ws().role, 'editor');
  const columns = () => [t('account.name'), t('account.email'), t('events.status')];
  return (
    <>
      <ProblemAlert error={cancellation.error ?? checkIn.error} />
      <ListTable items={props.items} columns={columns()} empty={t('events.noRegistrations')} label={t('events.registrations')}>
        {(r) => (
          <tr classList={{ cancelled: r.status === 'cancelled' }}>
            <td data-label={columns()[0]}>
              {r.name}
              <Show when={!r.memberId}>
                {' '}
                <span class="muted">({t('events.guest')})</span>
              </Show>
            </td>
            <td data-label={columns()[1]}>{r.email ?? '—'}</td>
            <td data-label={columns()[2]}>
              <RegistrationBadge status={r.status} />
              <Show when={places().get(r.id)}>{(n) => <span class="muted"> {t('events.waitlistPlace', { place: String(n()) })}</span>}</Show>
              <Show when={r.checkedInAt}>{(at) => <span class="muted"> {formatTime(at())}</span>}</Show>
            </td>
            <td class="row-actions">
              <Show when={editor() && r.status === 'registered'}>
                <ActionButton action={checkInAction.with(ws().slug, props.eventId, r.id)} class="primary">
                  {t('checkIn.submit')}
                </ActionButton>
              </Show>
              <Show when={editor() && (r.status === 'registered' || r.status === 'waitlisted')}>
                <ActionButton action={cancelRegistrationAction.with(ws().slug, props.eventId, r.id)} confirm={t('events.cancelConfirm', { name: r.name })} class="danger">
                  {t('events.cancelRegistration')}
                </ActionButton>
              </Show>
            </td>
          </tr>
        )}
      </ListTable>
    </>
  );
}
