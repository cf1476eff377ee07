import { createAsync, useSubmission } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n';
import { createAwardAction } from '../../lib/partner-actions';
import { getMemberChoices } from '../../lib/queries';
import { createSearch } from '../../lib/search';
import { useWorkspace } from '../../lib/workspace';
import { Notice, ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { TextArea, TextInput } from '../events/Inputs';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';
import { CountrySelect } from './CountrySelect';

type Recipient = 'member' | 'friend';

/** A member of the register, found by name. */
function MemberChoice(props: { error: unknown }) {
  const ws = useWorkspace();
  const [query, type] = createSearch();
  const members = createAsync(async () => (query().length >= 2 ? getMemberChoices(ws().slug, query()) : []));
  return (
    <>
      <Field label={t('awards.findMember')} name="memberSearch" hint={t('awards.findMemberHint')} error={undefined}>
        {(c) => <input {...c} type="search" autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />}
      </Field>
      <Field label={t('awards.member')} name="recipientMemberId" error={props.error}>
        {(c) => (
          <select {...c}>
            <For each={members()}>{(m) => <option value={m.id}>{[m.fullName, m.email].filter(Boolean).join(' · ')}</option>}</For>
          </select>
        )}
      </Field>
    </>
  );
}

/** A new award decision: to a member of the register or to a foreign friend by name. */
export function AwardForm() {
  const ws = useWorkspace();
  const submission = useSubmission(createAwardAction);
  const [recipient, setRecipient] = createSignal<Recipient>('friend');
  let form: HTMLFormElement | undefined;
  createEffect(() => {
    if (!submission.result || submission.pending || !form) return;
    form.reset();
    // reset() cannot restore a radio whose checked state was set as a property: choose it again.
    (form.elements.namedItem('recipient') as RadioNodeList).value = 'friend';
    setRecipient('friend');
  });
  return (
    <form ref={form} action={createAwardAction.with(ws().slug)} method="post" novalidate class="card event-form award-form">
      <h2>{t('awards.new')}</h2>
      <TextInput label={t('awards.awardName')} name="awardName" hint={t('awards.awardNameHint')} required error={submission.error} />
      <fieldset>
        <legend>{t('awards.recipient')}</legend>
        <For each={['friend', 'member'] as const}>
          {(kind) => (
            <label class="check">
              <input type="radio" name="recipient" value={kind} checked={recipient() === kind} onChange={() => setRecipient(kind)} />
              {t(kind === 'member' ? 'awards.toMember' : 'awards.toFriend')}
            </label>
          )}
        </For>
        <Show
          when={recipient() === 'member'}
          fallback={
            <div class="field-row">
              <TextInput label={t('awards.friendName')} name="recipientName" error={submission.error} />
              <CountrySelect label={t('awards.country')} name="recipientCountry" error={submission.error} />
            </div>
          }
        >
          <MemberChoice error={submission.error} />
        </Show>
      </fieldset>
      <div class="field-row">
        <TextInput label={t('awards.decision')} name="decisionNumber" hint={t('awards.decisionHint')} required error={submission.error} />
        <DateInput label={t('awards.decidedOn')} name="decidedOn" error={submission.error} />
      </div>
      <TextArea label={t('awards.notes')} name="notes" error={submission.error} />
      <ProblemAlert error={submission.error} />
      <Show when={submission.result && !submission.pending}>
        <Notice>{t('awards.created')}</Notice>
      </Show>
      <SubmitButton pending={submission.pending}>{t('awards.create')}</SubmitButton>
    </form>
  );
}
