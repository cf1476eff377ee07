import { createAsync, useSubmission } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { bodies, bodyLabels, positionTitleLabels, positionTitles } from '../../../../shared/leadership';
import { t } from '../../i18n';
import type { Term } from '../../lib/api';
import { assignPositionAction } from '../../lib/member-actions';
import { getMemberChoices } from '../../lib/queries';
import { createSearch } from '../../lib/search';
import { useWorkspace } from '../../lib/workspace';
import { Notice, ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';
import { LabelChoice } from './LabelChoice';

/** A member takes a position in a body during a term (editors); the member is found by name. */
export function PositionForm(props: { terms: Term[] }) {
  const ws = useWorkspace();
  const submission = useSubmission(assignPositionAction);
  const [query, type] = createSearch();
  const members = createAsync(async () => (query().length >= 2 ? getMemberChoices(ws().slug, query()) : []));
  return (
    <form action={assignPositionAction.with(ws().slug)} method="post" novalidate class="card">
      <h2>{t('leadership.assign')}</h2>
      <Show when={!submission.pending && submission.result}>
        {(p) => <Notice>{t('leadership.assigned', { name: p().member.fullName })}</Notice>}
      </Show>
      <Field label={t('leadership.termField')} name="termId" error={submission.error}>
        {(c) => (
          <select {...c}>
            <For each={props.terms}>{(term) => <option value={term.id}>{term.name}</option>}</For>
          </select>
        )}
      </Field>
      <Field label={t('members.search')} name="memberSearch" hint={t('leadership.memberHint')} error={undefined}>
        {(c) => <input {...c} type="search" autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />}
      </Field>
      <Field label={t('leadership.member')} name="memberId" error={submission.error}>
        {(c) => (
          <select {...c}>
            <For each={members()}>{(m) => <option value={m.id}>{[m.fullName, m.email].filter(Boolean).join(' · ')}</option>}</For>
          </select>
        )}
      </Field>
      <LabelChoice label={t('leadership.body')} name="body" values={bodies} labels={bodyLabels} selected="executive" error={submission.error} />
      <LabelChoice label={t('leadership.position')} name="title" values={positionTitles} labels={positionTitleLabels} selected="member" error={submission.error} />
      <div class="field-row">
        <DateInput label={t('leadership.startsOn')} name="startsOn" hint={t('leadership.datesHint')} error={submission.error} />
        <DateInput label={t('leadership.endsOn')} name="endsOn" error={submission.error} />
      </div>
      <ProblemAlert error={submission.error} />
      <SubmitButton pending={submission.pending}>{t('leadership.assignButton')}</SubmitButton>
    </form>
  );
}
