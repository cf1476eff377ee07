import { createAsync, useSubmission } from '@solidjs/router';
import { createEffect, createSignal, Index, on, Show } from 'solid-js';
import { locale, t } from '../../i18n';
import type { Relation } from '../../lib/api';
import { resetRelationAction, saveRelationAction } from '../../lib/event-actions';
import { formatDay } from '../../lib/event-time';
import { getRelations } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { ProblemAlert } from '../Alert';
import { Field } from '../Field';
import { SubmitButton } from '../SubmitButton';

/** One partner country: its date and where it comes from, changed in place. */
function RelationRow(props: { relation: Relation }) {
  const ws = useWorkspace();
  const [editing, setEditing] = createSignal(false);
  const mine = ([, country]: [string, string, ...unknown[]]) => country === props.relation.country;
  const saving = useSubmission(saveRelationAction, mine);
  const resetting = useSubmission(resetRelationAction, mine);
  createEffect(on(() => saving.result, (saved) => saved && setEditing(false)));
  const name = () => (locale() === 'en' ? props.relation.nameEn : props.relation.name);
  const since = () => {
    const s = props.relation.since;
    return !s ? t('relations.unknown') : s.length === 4 ? s : formatDay(s);
  };
  return (
    <li>
      <span class="relation-name">{name()}</span>
      <span class="relation-since">
        {since()} <span class="muted">· {t(`relations.source.${props.relation.source}`)}</span>
      </span>
      <Show
        when={editing()}
        fallback={
          <span class="occasion-tools">
            <button type="button" class="link-button" onClick={() => setEditing(true)}>
              {t('relations.edit')}
            </button>
            <Show when={props.relation.source === 'workspace'}>
              <ActionButton action={resetRelationAction.with(ws().slug, props.relation.country)} class="link-button">
                {t('relations.reset')}
              </ActionButton>
            </Show>
          </span>
        }
      >
        <form action={saveRelationAction.with(ws().slug, props.relation.country)} method="post" novalidate class="relation-form">
          <Field label={t('relations.since')} name="since" hint={t('relations.sinceHint')} error={saving.error}>
            {(c) => <input {...c} value={props.relation.since ?? ''} inputmode="numeric" autocomplete="off" required />}
          </Field>
          <ProblemAlert error={saving.error} />
          <div class="button-row">
            <SubmitButton pending={saving.pending}>{t('relations.save')}</SubmitButton>
            <button type="button" onClick={() => setEditing(false)}>
              {t('relations.cancel')}
            </button>
          </div>
        </form>
      </Show>
      <ProblemAlert error={resetting.error} />
    </li>
  );
}

/**
 * When relations with each partner country began (editors): the anniversaries of the occasions
 * panel count from these dates. The workspace's own date replaces Amity's seed until reset.
 */
export function RelationsEditor() {
  const ws = useWorkspace();
  const relations = createAsync(() => getRelations(ws().slug));
  return (
    <section class="card relations">
      <h2>{t('relations.title')}</h2>
      <p class="intro">{t('relations.intro')}</p>
      <Show when={relations()?.length} fallback={<p class="empty">{t('relations.empty')}</p>}>
        <ul class="occasion-list relation-list" aria-label={t('relations.title')}>
          {/* Index, not For: a refetched list keeps each row, and so its open form and error. */}
          <Index each={relations()}>{(r) => <RelationRow relation={r()} />}</Index>
        </ul>
      </Show>
    </section>
  );
}
