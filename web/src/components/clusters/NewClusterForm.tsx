import { useSubmission } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from '../../i18n';
import { createClusterAction } from '../../lib/cluster-actions';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';

/** A new cluster of `year`: a name and a button; the field empties once it is added. */
export function NewClusterForm(props: { year: number }) {
  const ws = useWorkspace();
  let form!: HTMLFormElement;
  const adding = useSubmission(createClusterAction);
  createEffect(on(() => adding.result, (added) => added && form.reset()));
  return (
    <form ref={form} action={createClusterAction.with(ws().slug, props.year)} method="post" novalidate class="card row-form cluster-new" aria-label={t('clusters.new')}>
      <Field label={t('clusters.name')} name="name" hint={t('clusters.nameHint')} error={adding.error}>
        {(c) => <input {...c} autocomplete="off" required />}
      </Field>
      <SubmitButton pending={adding.pending}>{t('clusters.create')}</SubmitButton>
      <ProblemAlert error={adding.error} />
    </form>
  );
}
