import { For, Index, Match, Show, Switch } from 'solid-js';
import { locale, t } from '../../i18n';
import type { LetterTemplate, TemplateField } from '../../lib/api';
import { letterAction } from '../../lib/correspondence-actions';
import { registerToday } from '../../lib/correspondence-format';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { TextInput } from '../events/Inputs';
import { DateInput } from './DateInput';

/** One template field: a text, a date, or a pair of texts in Vietnamese and English, with the API's own hint. */
function LetterField(props: { field: TemplateField; error: unknown }) {
  const f = () => props.field;
  const label = () => f().label[locale()] + (f().required ? '' : ` ${t('letters.optional')}`);
  const hint = () => f().hint?.[locale()];
  return (
    <Switch fallback={<TextInput label={label()} name={f().path} hint={hint()} error={props.error} />}>
      <Match when={f().kind === 'date' || f().kind === 'datetime'}>
        <DateInput
          label={label()}
          name={f().path}
          kind={f().kind === 'date' ? 'date' : 'datetime-local'}
          value={f().path === 'date' ? registerToday() : undefined}
          hint={hint()}
          error={props.error}
        />
      </Match>
      <Match when={f().kind === 'bilingual'}>
        <fieldset class="bilingual">
          <legend>{label()}</legend>
          <div class="field-row">
            <For each={['vi', 'en'] as const}>{(language) => <TextInput label={t(`letters.${language}`)} name={`${f().path}.${language}`} error={props.error} />}</For>
          </div>
          <Show when={hint()}>
            <p class="hint">{hint()}</p>
          </Show>
        </fieldset>
      </Match>
    </Switch>
  );
}

/** The fields a template asks for; "preview" shows the letter, "issue" registers it as an outgoing document. */
export function LetterForm(props: { template: LetterTemplate; error: unknown; pending: boolean | undefined }) {
  const ws = useWorkspace();
  const bound = (mode: 'preview' | 'issue') => letterAction.with(ws().slug, props.template, mode);
  return (
    <form action={bound('preview')} method="post" novalidate class="card letter-form">
      {/* By position, so that a template fetched again keeps what was typed into its fields. */}
      <Index each={props.template.fields}>{(field) => <LetterField field={field()} error={props.error} />}</Index>
      <ProblemAlert error={props.error} />
      <div class="button-row">
        <button type="submit" disabled={props.pending}>
          {t('letters.previewButton')}
        </button>
        <button type="submit" class="primary" formAction={bound('issue')} disabled={props.pending} aria-busy={props.pending}>
          {t('letters.issue')}
        </button>
      </div>
    </form>
  );
}
