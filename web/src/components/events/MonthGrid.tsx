import { A } from '@solidjs/router';
import { createMemo, For } from 'solid-js';
import { t } from '../../i18n';
import type { ListedEvent } from '../../lib/api';
import { localTitle } from '../../lib/event-format';
import { addDays, dayOf, formatDay, formatTime, monthWeeks, weekdayNames } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';

/** The days (on the viewer's clock) an occurrence covers, first to last (at most two months of them). */
function daysOf(ev: ListedEvent): string[] {
  const last = dayOf(Date.parse(ev.endsAt) - 1);
  const days = [dayOf(Date.parse(ev.startsAt))];
  while (days[days.length - 1] < last && days.length < 62) days.push(addDays(days[days.length - 1], 1));
  return days;
}

/**
 * A month as a calendar, Monday first. On wide screens each day lists its events; on phones a
 * day shows a dot per event and the list below the grid carries the titles.
 */
export function MonthGrid(props: { month: string; items: ListedEvent[] | undefined }) {
  const ws = useWorkspace();
  const byDay = createMemo(() => {
    const map = new Map<string, ListedEvent[]>();
    for (const ev of props.items ?? []) for (const day of daysOf(ev)) map.set(day, [...(map.get(day) ?? []), ev]);
    return map;
  });
  const today = dayOf(Date.now());
  const narrow = () => weekdayNames('narrow');
  return (
    <table class="month-grid" aria-label={t('events.monthView')}>
      <thead>
        <tr>
          <For each={weekdayNames('short')}>
            {(name, i) => (
              <th scope="col">
                <span class="wide-only">{name}</span>
                <span class="narrow-only" aria-hidden="true">
                  {narrow()[i()]}
                </span>
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={monthWeeks(props.month)}>
          {(week) => (
            <tr>
              <For each={week}>
                {(day) => (
                  <td classList={{ outside: !day.startsWith(props.month), today: day === today, busy: byDay().has(day) }}>
                    <span class="day-number" aria-label={formatDay(day)}>
                      {Number(day.slice(8))}
                    </span>
                    <For each={byDay().get(day)}>
                      {(ev) => (
                        <A href={`/w/${ws().slug}/events/${ev.id}`} class="event-chip" title={localTitle(ev)}>
                          <span class="chip-time">{formatTime(ev.startsAt)}</span> {localTitle(ev)}
                        </A>
                      )}
                    </For>
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
