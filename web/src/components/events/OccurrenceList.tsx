import { useSubmission } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { maxOccurrences } from '../../../../shared/rrule';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { EventSeries } from '../../lib/api';
import { cancelOccurrenceAction, restoreOccurrenceAction } from '../../lib/event-actions';
import { dayOf, formatDay, formatWhen } from '../../lib/event-time';
import { previewOf } from '../../lib/rrule-builder';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { ListTable } from '../ListTable';

/** How many coming occurrences are listed. */
const shown = 10;

/** The coming occurrences of a series, with the changes made to single ones. */
function comingOccurrences(ev: EventSeries) {
  const preview = previewOf(ev.rrule!, ev.startsAt, ev.timeZone, maxOccurrences);
  if (!preview.ok) return [];
  const length = Date.parse(ev.endsAt) - Date.parse(ev.startsAt);
  const changed = new Map(ev.exceptions.map((o) => [o.date, o]));
  const now = Date.now();
  return preview.starts
    .map((start) => {
      const date = dayOf(start, ev.timeZone);
      const own = changed.get(date);
      return { date, startsAt: own?.startsAt ?? new Date(start).toISOString(), endsAt: own?.endsAt ?? new Date(start + length).toISOString(), cancelled: own?.cancelled ?? false };
    })
    .filter((o) => Date.parse(o.endsAt) > now)
    .slice(0, shown);
}

/** Occurrences of a recurring event: editors cancel one of them, or bring it back. */
export function OccurrenceList(props: { event: EventSeries }) {
  const ws = useWorkspace();
  const rows = createMemo(() => comingOccurrences(props.event));
  const cancelling = useSubmission(cancelOccurrenceAction);
  const restoring = useSubmission(restoreOccurrenceAction);
  const editor = () => hasRole(ws().role, 'editor');
  const columns = () => [t('events.occurrenceDate'), t('events.when'), t('events.status')];
  return (
    <section>
      <h2>{t('events.occurrences')}</h2>
      <ProblemAlert error={cancelling.error ?? restoring.error} />
      <ListTable items={rows()} columns={columns()} empty={t('events.noComingOccurrences')} label={t('events.occurrences')}>
        {(o) => (
          <tr classList={{ cancelled: o.cancelled }}>
            <td data-label={columns()[0]}>{formatDay(o.date)}</td>
            <td data-label={columns()[1]}>{formatWhen(o.startsAt, o.endsAt)}</td>
            <td data-label={columns()[2]}>{o.cancelled ? t('events.occurrenceCancelled') : t('events.occurrenceOn')}</td>
            <td class="row-actions">
              <Show when={editor()}>
                <Show
                  when={o.cancelled}
                  fallback={
                    <ActionButton action={cancelOccurrenceAction.with(ws().slug, props.event.id, o.date)} confirm={t('events.cancelOccurrenceConfirm', { date: formatDay(o.date) })} class="danger">
                      {t('events.cancelOccurrence')}
                    </ActionButton>
                  }
                >
                  <ActionButton action={restoreOccurrenceAction.with(ws().slug, props.event.id, o.date)}>{t('events.restoreOccurrence')}</ActionButton>
                </Show>
              </Show>
            </td>
          </tr>
        )}
      </ListTable>
    </section>
  );
}
