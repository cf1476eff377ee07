import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { canonicalTimeZone, defaultTimeZone, parseDateTime } from '../../../../shared/time';
import { t } from '../../i18n';
import { formatWhen, localInput, otherZone, viewerZone } from '../../lib/event-time';
import { Field } from '../Field';
import { RecurrenceFields } from './RecurrenceFields';

interface ScheduleFieldsProps {
  error: unknown;
  /** What the event has now: instants with offsets, its zone and rule. */
  startsAt?: string;
  endsAt?: string;
  timeZone?: string;
  rrule?: string | null;
  /** For a new event: the day to start on, 'YYYY-MM-DD'. */
  day: string;
}

/** IANA zones for the suggestions; ICU names Vietnam's zone by its old alias Asia/Saigon. */
const zoneNames = [defaultTimeZone, ...((Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []).filter((z) => z !== 'Asia/Saigon')];

/** Minutes between two local 'YYYY-MM-DDTHH:mm' values (NaN when either is not one). */
const minutesBetween = (from: string, to: string) => (Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 60_000;
const addMinutes = (local: string, minutes: number) => new Date(Date.parse(`${local}Z`) + minutes * 60_000).toISOString().slice(0, 16);

/**
 * Start and end on the event's own clock, its time zone (Asia/Ho_Chi_Minh unless changed), what
 * that is on the viewer's clock when it differs, and how the event repeats.
 */
export function ScheduleFields(props: ScheduleFieldsProps) {
  const initialZone = props.timeZone ?? defaultTimeZone;
  const [zone, setZone] = createSignal(initialZone);
  const [start, setStart] = createSignal(props.startsAt ? localInput(Date.parse(props.startsAt), initialZone) : `${props.day}T08:00`);
  const [end, setEnd] = createSignal(props.endsAt ? localInput(Date.parse(props.endsAt), initialZone) : `${props.day}T11:00`);
  // Moving the start moves the end with it, so the length stays as it was.
  const moveStart = (next: string) => {
    const shift = minutesBetween(start(), next);
    if (Number.isFinite(shift) && Number.isFinite(minutesBetween(start(), end()))) setEnd(addMinutes(end(), shift));
    setStart(next);
  };
  const onViewerClock = createMemo(() => {
    const z = canonicalTimeZone(zone());
    const [s, e] = z ? [parseDateTime(start(), z), parseDateTime(end(), z)] : [null, null];
    if (s === null || e === null || e <= s || !otherZone(s, z!)) return null;
    return formatWhen(new Date(s).toISOString(), new Date(e).toISOString());
  });
  const zoneList = createUniqueId();
  return (
    <fieldset>
      <legend>{t('events.when')}</legend>
      <div class="field-row">
        <Field label={t('events.startsAt')} name="startsAt" error={props.error}>
          {(c) => <input {...c} type="datetime-local" value={start()} required onInput={(e) => moveStart(e.currentTarget.value)} />}
        </Field>
        <Field label={t('events.endsAt')} name="endsAt" error={props.error}>
          {(c) => <input {...c} type="datetime-local" value={end()} required onInput={(e) => setEnd(e.currentTarget.value)} />}
        </Field>
      </div>
      <Field label={t('events.timeZone')} name="timeZone" hint={t('events.timeZoneHint')} error={props.error}>
        {(c) => <input {...c} list={zoneList} value={zone()} autocomplete="off" spellcheck={false} onInput={(e) => setZone(e.currentTarget.value)} />}
      </Field>
      <datalist id={zoneList}>
        <For each={zoneNames}>{(name) => <option value={name} />}</For>
      </datalist>
      <Show when={onViewerClock()}>
        {(text) => <p class="hint viewer-clock">{t('events.onYourClock', { zone: viewerZone(), when: text() })}</p>}
      </Show>
      <RecurrenceFields startsAt={start()} timeZone={zone()} rrule={props.rrule ?? null} />
    </fieldset>
  );
}
