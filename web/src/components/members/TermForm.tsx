import { useSubmission } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from '../../i18n';
import { createTermAction } from '../../lib/member-actions';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { TextInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';

/** A new term of office (editors). */
export function TermForm() {
  const ws = useWorkspace();
  const submission = useSubmission(createTermAction);
  let form!: HTMLFormElement;
  createEffect(on(() => submission.result, (created) => created && form.reset()));
  return (
    <form ref={form} action={createTermAction.with(ws().slug)} method="post" novalidate class="card">
      <h2>{t('leadership.newTerm')}</h2>
      <TextInput label={t('leadership.termName')} name="name" hint={t('leadership.termNameHint')} required error={submission.error} />
      <div class="field-row">
        <DateInput label={t('leadership.startsOn')} name="startsOn" error={submission.error} />
        <DateInput label={t('leadership.endsOn')} name="endsOn" error={submission.error} />
      </div>
      <TextInput label={t('leadership.congress')} name="congress" hint={t('leadership.congressHint')} error={submission.error} />
      <ProblemAlert error={submission.error} />
      <SubmitButton pending={submission.pending}>{t('leadership.createTerm')}</SubmitButton>
    </form>
  );
}
