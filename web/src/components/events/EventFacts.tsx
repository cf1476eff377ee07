import { For, Show, type JSX } from 'solid-js';
import { eventFormatLabels, eventTypeLabels } from '../../../../shared/events';
import { t } from '../../i18n';
import type { EventSeries, Outcomes } from '../../lib/api';
import { countryLabel, formatNumber, formatVnd, labelOf } from '../../lib/event-format';
import { formatDay, formatWhen, otherZone } from '../../lib/event-time';
import { moneyFields, outcomeTexts } from '../../lib/event-form';
import { repeatChoiceOf } from '../../lib/rrule-builder';
import { SeatsText } from './RegistrationCounts';

/** Whether a value says anything: not null, empty text or an empty list. */
const filled = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);

/** A line of the facts list, left out when `when` has nothing to say. */
function Fact(props: { label: string; when: unknown; children: JSX.Element }) {
  return (
    <Show when={filled(props.when)}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </Show>
  );
}

/** "Hằng năm · 10 lần", "Hằng tháng · đến 2 tháng 9, 2027", or the rule itself when it is not a simple one. */
function repeatText(ev: EventSeries): string {
  const choice = repeatChoiceOf(ev.rrule, ev.timeZone);
  if (choice.repeat === 'custom' || choice.repeat === '') return ev.rrule ?? '';
  const end = choice.end === 'count' ? t('events.times', { count: choice.count }) : t('events.until', { date: formatDay(choice.until) });
  return `${t(`events.repeat.${choice.repeat}`)} · ${end}`;
}

/** Everything known about an event, in the viewer's language and on the viewer's clock. */
export function EventFacts(props: { event: EventSeries }) {
  const ev = () => props.event;
  const d = () => ev().delegation;
  const o = (): Outcomes => ev().outcomes ?? {};
  return (
    <dl class="facts card">
      <Fact label={t('events.when')} when={true}>
        {formatWhen(ev().startsAt, ev().endsAt, { long: true })}
        <Show when={otherZone(Date.parse(ev().startsAt), ev().timeZone)}>
          <br />
          <span class="muted">{t('events.inZone', { zone: ev().timeZone, when: formatWhen(ev().startsAt, ev().endsAt, { timeZone: ev().timeZone }) })}</span>
        </Show>
      </Fact>
      <Fact label={t('events.repeat')} when={ev().rrule}>
        {repeatText(ev())}
      </Fact>
      <Fact label={t('events.type')} when={true}>
        {labelOf(eventTypeLabels, ev().type)}
      </Fact>
      <Fact label={t('events.format')} when={true}>
        {labelOf(eventFormatLabels, ev().format)}
        <Show when={ev().connectionPoints}>{(n) => ` · ${t('events.pointsCount', { count: formatNumber(n()) })}`}</Show>
      </Fact>
      <Fact label={t('events.location')} when={ev().location}>
        {ev().location}
      </Fact>
      <Fact label={t('events.countries')} when={ev().countries}>
        {ev().countries.map(countryLabel).join(', ')}
      </Fact>
      <Fact label={t('events.organisers')} when={ev().organisers}>
        {ev().organisers.join(', ')}
      </Fact>
      <Fact label={t('events.registration')} when={true}>
        {ev().registrationOpen ? t('events.registrationIsOpen') : t('events.registrationIsClosed')} · <SeatsText event={ev()} />
      </Fact>
      <Fact label={t('events.participants')} when={ev().participants}>
        {formatNumber(ev().participants ?? 0)}
      </Fact>
      <Fact label={t('events.delegation')} when={d()}>
        {d()!.headName}
        {d()!.headTitle ? `, ${d()!.headTitle}` : ''} · {t('events.peopleCount', { count: formatNumber(d()!.size) })}
        <Show when={d()!.itinerary}>
          <p class="pre">{d()!.itinerary}</p>
        </Show>
        <Show when={d()!.gifts}>
          <p class="pre">
            {t('events.gifts')}: {d()!.gifts}
          </p>
        </Show>
      </Fact>
      <Fact label={t('events.agreementsSigned')} when={o().agreementsSigned}>
        {formatNumber(o().agreementsSigned ?? 0)}
      </Fact>
      <For each={moneyFields}>
        {(name) => (
          <Fact label={t(`events.${name}`)} when={o()[name]}>
            {formatVnd(o()[name] ?? 0)}
            <Show when={name.startsWith('aid') && o().aidCurrency}> ({t('events.originalCurrency', { currency: o().aidCurrency! })})</Show>
          </Fact>
        )}
      </For>
      <For each={outcomeTexts}>
        {(name) => (
          <Fact label={t(`events.${name}`)} when={o()[name]}>
            <p class="pre">{o()[name]}</p>
          </Fact>
        )}
      </For>
      <Fact label={t('events.description')} when={ev().description}>
        <p class="pre">{ev().description}</p>
      </Fact>
    </dl>
  );
}
