import { action, createAsync, useSubmission } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { tokenCreate } from '../../../shared/account';
import { formatDate, t } from '../i18n';
import { api } from '../lib/api';
import { text, validate, type FormInput } from '../lib/forms';
import { getTokens } from '../lib/queries';
import { ActionButton } from './ActionButton';
import { Notice, ProblemAlert } from './Alert';
import { CopyField } from './CopyField';
import { Field } from './Field';
import { ListTable } from './ListTable';
import { SubmitButton } from './SubmitButton';

const createTokenAction = action(async (form: FormInput) => {
  const { name } = validate(tokenCreate, { name: text(form, 'name') });
  return api.createToken(name);
}, 'createToken');

const revokeTokenAction = action((id: string) => api.revokeToken(id), 'revokeToken');

/** The user's API tokens: create one (its secret is shown once), list and revoke them. */
export function TokenSection() {
  const tokens = createAsync(() => getTokens());
  const creation = useSubmission(createTokenAction);
  const revocation = useSubmission(revokeTokenAction);
  let form!: HTMLFormElement;
  createEffect(on(() => creation.result, (created) => created && form.reset()));
  return (
    <section class="card">
      <h2>{t('tokens.title')}</h2>
      <p class="intro">{t('tokens.intro')}</p>
      <form ref={form} action={createTokenAction} method="post" novalidate class="row-form">
        <Field label={t('tokens.name')} name="name" error={creation.error}>
          {(c) => <input {...c} autocomplete="off" required />}
        </Field>
        <SubmitButton pending={creation.pending}>{t('tokens.create')}</SubmitButton>
      </form>
      <ProblemAlert error={creation.error} />
      <Show when={creation.result}>
        {(created) => (
          <Notice>
            <p>{t('tokens.created')}</p>
            <CopyField label={t('tokens.value')} value={created().token} />
          </Notice>
        )}
      </Show>
      <ProblemAlert error={revocation.error} />
      <ListTable
        items={tokens()}
        columns={[t('tokens.name'), t('tokens.createdAt'), t('tokens.lastUsed')]}
        empty={t('tokens.empty')}
        label={t('tokens.title')}
      >
        {(token) => (
          <tr>
            <td data-label={t('tokens.name')}>{token.name}</td>
            <td data-label={t('tokens.createdAt')}>{formatDate(token.createdAt)}</td>
            <td data-label={t('tokens.lastUsed')}>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t('common.never')}</td>
            <td class="row-actions">
              <ActionButton action={revokeTokenAction.with(token.id)} confirm={t('tokens.revokeConfirm', { name: token.name })} class="danger">
                {t('tokens.revoke')}
              </ActionButton>
            </td>
          </tr>
        )}
      </ListTable>
    </section>
  );
}
