import { A, createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { Occasion } from '../../lib/api';
import { searchOf } from '../../lib/api-events';
import { localTitle } from '../../lib/event-format';
import { formatDay } from '../../lib/event-time';
import { getOccasions } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';

/** How many of the coming occasions the panel lists. */
const shown = 8;

/**
 * National days of the partner countries and anniversaries of diplomatic relations in the year
 * ahead, round ones (5, 10, … years) marked: dates worth a letter or an event.
 */
export function OccasionsPanel(props: { country: string }) {
  const ws = useWorkspace();
  const occasions = createAsync(() => getOccasions(ws().slug, props.country || undefined));
  const plan = (o: Occasion) => `/w/${ws().slug}/events/new${searchOf({ date: o.precision === 'day' ? o.date : undefined, type: 'anniversary', title: o.title, country: o.country })}`;
  return (
    <section class="card occasions">
      <h2>{t('occasions.title')}</h2>
      <Show
        when={occasions()?.length}
        fallback={
          <p class="empty">
            {t('occasions.empty')} <A href={`/w/${ws().slug}/settings`}>{t('settings.title')}</A>
          </p>
        }
      >
        <ul class="occasion-list">
          <For each={occasions()?.slice(0, shown)}>
            {(o) => (
              <li classList={{ round: o.round }}>
                <span class="occasion-date">{o.precision === 'day' ? formatDay(o.date) : o.date.slice(0, 4)}</span>
                <span class="occasion-title">{localTitle(o)}</span>
                <span class="occasion-tools">
                  <Show when={o.round}>
                    <span class="badge badge-round">{t('occasions.round', { years: String(o.years) })}</span>
                  </Show>
                  <Show when={hasRole(ws().role, 'editor')}>
                    <A href={plan(o)}>{t('occasions.plan')}</A>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
