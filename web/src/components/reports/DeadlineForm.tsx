import { useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n';
import { removeDeadlineAction, setDeadlineAction } from '../../lib/report-actions';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';

/** The day the children's reports for a period are due: set, change or remove it (admins). */
export function DeadlineForm(props: { period: string; dueOn: string | null }) {
  const ws = useWorkspace();
  const setting = useSubmission(setDeadlineAction);
  const removing = useSubmission(removeDeadlineAction);
  return (
    <div class="card deadline">
      <form action={setDeadlineAction.with(ws().slug, props.period)} method="post" novalidate class="row-form">
        <Field label={t('submissions.deadline')} name="dueOn" error={setting.error}>
          {(c) => <input {...c} type="date" value={props.dueOn ?? ''} />}
        </Field>
        <SubmitButton pending={setting.pending}>{t('submissions.setDeadline')}</SubmitButton>
      </form>
      <Show when={props.dueOn} fallback={<p class="hint">{t('submissions.noDeadline')}</p>}>
        <ActionButton action={removeDeadlineAction.with(ws().slug, props.period)}>{t('submissions.removeDeadline')}</ActionButton>
      </Show>
      <ProblemAlert error={setting.error ?? removing.error} />
    </div>
  );
}
