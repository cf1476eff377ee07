import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { eventFormatLabels, eventTypeLabels } from '../../../../shared/events';
import { t } from '../../i18n';
import type { ListedEvent } from '../../lib/api';
import { localTitle, labelOf } from '../../lib/event-format';
import { formatWhen } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';
import { ListTable } from '../ListTable';
import { SeatsText } from './RegistrationCounts';

/** Occurrences as rows (cards on phones): when, what, where, seats. */
export function EventList(props: { items: ListedEvent[] | undefined }) {
  const ws = useWorkspace();
  const columns = () => [t('events.when'), t('events.event'), t('events.type'), t('events.location'), t('events.registration')];
  return (
    <ListTable items={props.items} columns={columns()} empty={t('events.empty')} label={t('events.list')}>
      {(ev) => (
        <tr>
          <td data-label={columns()[0]}>{formatWhen(ev.startsAt, ev.endsAt)}</td>
          <td data-label={columns()[1]}>
            <A href={`/w/${ws().slug}/events/${ev.id}`}>{localTitle(ev)}</A>
            <Show when={ev.rrule}>
              {' '}
              <span class="badge badge-series">{t('events.recurring')}</span>
            </Show>
          </td>
          <td data-label={columns()[2]}>{labelOf(eventTypeLabels, ev.type)}</td>
          <td data-label={columns()[3]}>{ev.location ?? labelOf(eventFormatLabels, ev.format)}</td>
          <td data-label={columns()[4]}>
            <SeatsText event={ev} />
          </td>
          <td class="row-actions" />
        </tr>
      )}
    </ListTable>
  );
}
