import type { Action } from '@solidjs/router';
import { Show } from 'solid-js';
import { genderLabels, genders, memberCategories, memberCategoryLabels, memberKindLabels, memberKinds, memberStatusLabels, type Member } from '../../../../shared/members';
import { t } from '../../i18n';
import { ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { CountriesPicker } from '../events/CountriesPicker';
import { TextArea, TextInput, WholeInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';
import { LabelChoice } from './LabelChoice';

interface MemberFormProps {
  /** The member being edited, or nothing for a new one. */
  member?: Member;
  /** The form's action with its route arguments bound; it receives the FormData. */
  action: Action<[FormData], unknown>;
  error: unknown;
  pending: boolean | undefined;
  submit: string;
}

/** Every field of a member (API.md "Members"), checked with the shared schema before it is sent. */
export function MemberForm(props: MemberFormProps) {
  const m = props.member;
  return (
    <form action={props.action} method="post" novalidate class="card event-form member-form">
      <fieldset>
        <legend>{t('members.identity')}</legend>
        <TextInput label={t('members.fullName')} name="fullName" value={m?.fullName} required error={props.error} />
        <div class="field-row">
          <LabelChoice label={t('members.kind')} name="kind" values={memberKinds} labels={memberKindLabels} selected={m?.kind} error={props.error} />
          <LabelChoice label={t('members.gender')} name="gender" values={genders} labels={genderLabels} selected={m?.gender} optional error={props.error} />
          <WholeInput label={t('members.birthYear')} name="birthYear" value={m?.birthYear} error={props.error} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('members.work')}</legend>
        <div class="field-row">
          <TextInput label={t('members.email')} name="email" value={m?.email} autocomplete="email" error={props.error} />
          <TextInput label={t('members.phone')} name="phone" value={m?.phone} autocomplete="tel" error={props.error} />
        </div>
        <div class="field-row">
          <TextInput label={t('members.organisation')} name="organisation" value={m?.organisation} error={props.error} />
          <TextInput label={t('members.jobTitle')} name="jobTitle" value={m?.jobTitle} error={props.error} />
        </div>
        <TextInput label={t('members.address')} name="address" value={m?.address} error={props.error} />
        <TextInput label={t('members.province')} name="province" value={m?.province} error={props.error} />
      </fieldset>
      <fieldset>
        <legend>{t('members.membership')}</legend>
        <div class="field-row">
          <LabelChoice label={t('members.category')} name="category" values={memberCategories} labels={memberCategoryLabels} selected={m?.category} error={props.error} />
          <Show when={props.member?.status !== 'archived'}>
            <LabelChoice label={t('members.status')} name="status" values={['active', 'inactive'] as const} labels={memberStatusLabels} selected={m?.status} error={props.error} />
          </Show>
          <DateInput label={t('members.joinedOn')} name="joinedOn" value={m?.joinedOn ?? undefined} error={props.error} />
        </div>
        <CountriesPicker label={t('members.countries')} value={m?.countries ?? []} error={props.error} />
        <TextInput label={t('members.languages')} name="languages" value={m?.languages.join(', ')} hint={t('members.listHint')} error={props.error} />
        <TextInput label={t('members.tags')} name="tags" value={m?.tags.join(', ')} hint={t('members.listHint')} error={props.error} />
        <TextArea label={t('members.notes')} name="notes" value={m?.notes} error={props.error} />
      </fieldset>
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{props.submit}</SubmitButton>
    </form>
  );
}
