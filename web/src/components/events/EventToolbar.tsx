import { For, Show } from 'solid-js';
import { eventTypeLabels, eventTypes } from '../../../../shared/events';
import { t } from '../../i18n';
import { countryLabel, countryOptions } from '../../lib/event-format';
import { currentMonth, formatMonth, shiftMonth } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';
import { LabelOptions } from './LabelOptions';

/** What the events page shows; kept in the address (?view=&month=&type=&country=) so it can be shared. */
export interface EventsState {
  view: 'month' | 'list';
  month: string;
  type: string;
  country: string;
}

interface EventToolbarProps {
  state: EventsState;
  change: (patch: Partial<EventsState>) => void;
}

/** Month navigation, month or list view, and the type and country filters. */
export function EventToolbar(props: EventToolbarProps) {
  const ws = useWorkspace();
  return (
    <div class="events-toolbar">
      <div class="month-nav">
        <button type="button" aria-label={t('events.previousMonth')} onClick={() => props.change({ month: shiftMonth(props.state.month, -1) })}>
          ‹
        </button>
        <div class="month-title">
          <h2 aria-live="polite">{formatMonth(props.state.month)}</h2>
          <Show when={props.state.month !== currentMonth()}>
            <button type="button" class="link-button" onClick={() => props.change({ month: currentMonth() })}>
              {t('events.today')}
            </button>
          </Show>
        </div>
        <button type="button" aria-label={t('events.nextMonth')} onClick={() => props.change({ month: shiftMonth(props.state.month, 1) })}>
          ›
        </button>
      </div>
      <div class="view-switch" role="group" aria-label={t('events.view')}>
        <For each={['month', 'list'] as const}>
          {(view) => (
            <button type="button" aria-pressed={props.state.view === view} onClick={() => props.change({ view })}>
              {t(`events.view.${view}`)}
            </button>
          )}
        </For>
      </div>
      <div class="filters">
        <select aria-label={t('events.filterType')} onChange={(e) => props.change({ type: e.currentTarget.value })}>
          <option value="">{t('events.allTypes')}</option>
          <LabelOptions values={eventTypes} labels={eventTypeLabels} selected={props.state.type} />
        </select>
        <select aria-label={t('events.filterCountry')} onChange={(e) => props.change({ country: e.currentTarget.value })}>
          <option value="">{t('events.allCountries')}</option>
          <optgroup label={t('workspace.countries')}>
            <For each={ws().countries}>
              {(code) => (
                <option value={code} selected={code === props.state.country}>
                  {countryLabel(code)}
                </option>
              )}
            </For>
          </optgroup>
          <optgroup label={t('events.otherCountries')}>
            <For each={countryOptions().filter((o) => !ws().countries.includes(o.code))}>
              {(o) => (
                <option value={o.code} selected={o.code === props.state.country}>
                  {o.name}
                </option>
              )}
            </For>
          </optgroup>
        </select>
      </div>
    </div>
  );
}
