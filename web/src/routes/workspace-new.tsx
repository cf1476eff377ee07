import { action, redirect, useSubmission } from '@solidjs/router';
import { createSignal, For } from 'solid-js';
import { defaultCode, workspaceCreate, workspaceKinds } from '../../../shared/workspace';
import { ProblemAlert } from '../components/Alert';
import { Field } from '../components/Field';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { CodeField, CountriesField, NameField, workspaceDetails } from '../components/WorkspaceFields';
import { t } from '../i18n';
import { api } from '../lib/api';
import { optional, text, validate, type FormInput } from '../lib/forms';
import { slugify } from '../lib/slug';

const createWorkspaceAction = action(async (form: FormInput) => {
  const input = validate(workspaceCreate, {
    ...workspaceDetails(form),
    slug: text(form, 'slug').trim(),
    kind: text(form, 'kind'),
    parent: optional(form, 'parent'),
  });
  const workspace = await api.createWorkspace(input);
  throw redirect(`/w/${workspace.slug}`);
}, 'createWorkspace');

export default function NewWorkspace() {
  const submission = useSubmission(createWorkspaceAction);
  const [slug, setSlug] = createSignal('');
  // The address follows the name until the user types one of their own.
  const [slugTyped, setSlugTyped] = createSignal(false);
  const suggestSlug = (name: string) => {
    if (!slugTyped()) setSlug(slugify(name));
  };
  return (
    <Page title={t('workspaceNew.title')} intro={t('workspaceNew.intro')}>
      <form action={createWorkspaceAction} method="post" novalidate class="card">
        <NameField error={submission.error} onInput={suggestSlug} />
        <Field label={t('workspace.slug')} name="slug" hint={t('workspace.slugHint')} error={submission.error}>
          {(c) => (
            <input
              {...c}
              value={slug()}
              required
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              onInput={(e) => {
                setSlugTyped(true);
                setSlug(e.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Field label={t('workspace.kind')} name="kind" error={submission.error}>
          {(c) => (
            <select {...c}>
              <For each={workspaceKinds}>
                {(kind) => (
                  <option value={kind} selected={kind === 'association'}>
                    {t(`kind.${kind}`)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <CodeField error={submission.error} placeholder={slug() ? defaultCode(slug()) : 'HHNVN'} />
        <CountriesField error={submission.error} />
        <Field label={t('workspace.parent')} name="parent" hint={t('workspace.parentHint')} error={submission.error}>
          {(c) => <input {...c} autocomplete="off" autocapitalize="none" spellcheck={false} />}
        </Field>
        <ProblemAlert error={submission.error} />
        <SubmitButton pending={submission.pending}>{t('workspaceNew.submit')}</SubmitButton>
      </form>
    </Page>
  );
}
