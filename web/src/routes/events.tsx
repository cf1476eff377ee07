import { A, createAsync, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { eventTypes, type EventType } from '../../../shared/events';
import { hasRole } from '../../../shared/workspace';
import { CalendarFeed } from '../components/events/CalendarFeed';
import { EventList } from '../components/events/EventList';
import { EventToolbar, type EventsState } from '../components/events/EventToolbar';
import { MonthGrid } from '../components/events/MonthGrid';
import { OccasionsPanel } from '../components/events/OccasionsPanel';
import { RelationsEditor } from '../components/events/RelationsEditor';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { currentMonth, lastDay, viewerZone } from '../lib/event-time';
import { getEvents } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** Activities by month, as a calendar or a list, filtered by type and country; occasions and the calendar feed beside them. */
export default function Events() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<Record<keyof EventsState, string>>();
  const state = (): EventsState => ({
    view: params.view === 'list' ? 'list' : 'month',
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month ?? '') ? params.month! : currentMonth(),
    type: params.type ?? '',
    country: params.country ?? '',
  });
  const change = (patch: Partial<EventsState>) => setParams(patch, { replace: true });
  const items = createAsync(() => {
    const { month, type, country } = state();
    return getEvents(ws().slug, {
      from: `${month}-01`,
      to: lastDay(month),
      timeZone: viewerZone(),
      type: eventTypes.find((x): x is EventType => x === type),
      country: country || undefined,
    });
  });
  return (
    <Page title={t('events.title')}>
      <Show when={hasRole(ws().role, 'editor')}>
        <p class="page-actions">
          <A href={`/w/${ws().slug}/events/new`} class="button primary">
            {t('events.new')}
          </A>
        </p>
      </Show>
      <div class="events-layout">
        <div class="events-main">
          <EventToolbar state={state()} change={change} />
          <Show when={state().view === 'month'} fallback={<EventList items={items()} />}>
            <MonthGrid month={state().month} items={items()} />
            <div class="month-agenda">
              <EventList items={items()} />
            </div>
          </Show>
        </div>
        <aside class="events-aside">
          <OccasionsPanel country={state().country} />
          <Show when={hasRole(ws().role, 'editor')}>
            <RelationsEditor />
          </Show>
          <CalendarFeed />
        </aside>
      </div>
    </Page>
  );
}
