import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n';
import { formatInstant } from '../../lib/event-time';
import { previewOf, repeatChoiceOf, repeats, ruleOf, type Preview, type RepeatChoice } from '../../lib/rrule-builder';
import { Field } from '../Field';

interface RecurrenceFieldsProps {
  /** The first start, a local 'YYYY-MM-DDTHH:mm' in `timeZone`. */
  startsAt: string;
  timeZone: string;
  rrule: string | null;
}

/** How an event repeats (yearly, monthly, weekly; so many times or until a date), with its next dates. */
export function RecurrenceFields(props: RecurrenceFieldsProps) {
  const [choice, setChoice] = createSignal<RepeatChoice>(repeatChoiceOf(props.rrule, props.timeZone));
  const change = (patch: Partial<RepeatChoice>) => setChoice({ ...choice(), ...patch });
  const rule = () => ruleOf(choice());
  const preview = createMemo(() => {
    const r = rule();
    return r ? previewOf(r, props.startsAt, props.timeZone) : null;
  });
  return (
    <div class="recurrence">
      <Field label={t('events.repeat')} name="repeat" error={undefined}>
        {(c) => (
          <select {...c} onChange={(e) => change({ repeat: e.currentTarget.value as RepeatChoice['repeat'] })}>
            <For each={repeats}>
              {(r) => (
                <option value={r} selected={r === choice().repeat}>
                  {t(`events.repeat.${r || 'none'}`)}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Switch>
        <Match when={choice().repeat === 'custom'}>
          <Field label={t('events.rrule')} name="custom" hint={t('events.rruleHint')} error={undefined}>
            {(c) => <input {...c} class="mono" value={choice().custom} autocomplete="off" spellcheck={false} onInput={(e) => change({ custom: e.currentTarget.value })} />}
          </Field>
        </Match>
        <Match when={choice().repeat !== ''}>
          <RepeatEnd choice={choice()} change={change} />
        </Match>
      </Switch>
      <input type="hidden" name="rrule" value={rule() ?? ''} />
      <RulePreview preview={preview()} />
    </div>
  );
}

/** The first dates of the rule and how many there are, or what is wrong with it. */
function RulePreview(props: { preview: Preview | null }) {
  const ok = () => (props.preview?.ok ? props.preview : null);
  const error = () => (props.preview && !props.preview.ok ? props.preview.error : null);
  return (
    <div aria-live="polite">
      <Show when={ok()}>
        {(p) => (
          <div class="rrule-preview">
            <p>{t('events.nextDates', { total: String(p().total) })}</p>
            <ul>
              <For each={p().starts}>{(ms) => <li>{formatInstant(ms)}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
      <Show when={error()}>{(e) => <p class="field-error">{t(`field.${e()}`)}</p>}</Show>
    </div>
  );
}

/** The two ways a series ends; each choice names the field of RepeatChoice that holds its value. */
const repeatEnds = [
  { end: 'count', type: 'text', label: 'events.repeatCount', valueLabel: 'events.repeatCountLabel' },
  { end: 'until', type: 'date', label: 'events.repeatUntil', valueLabel: 'events.repeatUntilLabel' },
] as const;

/** "N times" or "until a date". */
function RepeatEnd(props: { choice: RepeatChoice; change: (patch: Partial<RepeatChoice>) => void }) {
  return (
    <fieldset class="repeat-end">
      <legend>{t('events.repeatEnds')}</legend>
      <For each={repeatEnds}>
        {(o) => (
          <>
            <label class="check">
              <input type="radio" name="repeatEnd" value={o.end} checked={props.choice.end === o.end} onChange={() => props.change({ end: o.end })} />
              {t(o.label)}
            </label>
            <input
              type={o.type}
              inputmode={o.type === 'text' ? 'numeric' : undefined}
              aria-label={t(o.valueLabel)}
              value={props.choice[o.end]}
              disabled={props.choice.end !== o.end}
              onInput={(e) => props.change({ [o.end]: e.currentTarget.value })}
            />
          </>
        )}
      </For>
    </fieldset>
  );
}
