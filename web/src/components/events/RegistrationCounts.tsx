import { Show } from 'solid-js';
import { t } from '../../i18n';
import type { EventView } from '../../lib/api';
import { formatNumber } from '../../lib/event-format';

const countsOf = (ev: EventView) => ev.registrations ?? { registered: 0, waitlisted: 0, attended: 0 };

/** Seats taken (registered and attended), of the capacity if there is one: "12/30", "12". */
export function SeatsText(props: { event: EventView }) {
  const c = () => countsOf(props.event);
  return (
    <>
      {formatNumber(c().registered + c().attended)}
      <Show when={props.event.capacity !== null}>/{formatNumber(props.event.capacity!)}</Show>
      <Show when={c().waitlisted}>
        <span class="muted"> · {t('events.waitlistedCount', { count: formatNumber(c().waitlisted) })}</span>
      </Show>
    </>
  );
}

function Stat(props: { label: string; value: number | null; name: string }) {
  return (
    <div class={`stat stat-${props.name}`}>
      <dt>{props.label}</dt>
      <dd data-testid={`count-${props.name}`}>{props.value === null ? '—' : formatNumber(props.value)}</dd>
    </div>
  );
}

/** The counts that matter at the door: present, expected, waiting, places. */
export function RegistrationCounts(props: { event: EventView }) {
  const c = () => countsOf(props.event);
  return (
    <dl class="stats" aria-live="polite">
      <Stat label={t('events.attended')} value={c().attended} name="attended" />
      <Stat label={t('events.expected')} value={c().registered + c().attended} name="expected" />
      <Stat label={t('events.waitlist')} value={c().waitlisted} name="waitlisted" />
      <Stat label={t('events.capacity')} value={props.event.capacity} name="capacity" />
    </dl>
  );
}
