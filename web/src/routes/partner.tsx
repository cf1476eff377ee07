import { A, createAsync, useParams, useSubmission } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { partnerKindLabels } from '../../../shared/partners';
import { hasRole } from '../../../shared/workspace';
import { ActionButton } from '../components/ActionButton';
import { Notice, ProblemAlert } from '../components/Alert';
import { Page } from '../components/Page';
import { ContactsEditor } from '../components/partners/ContactsEditor';
import { PartnerForm } from '../components/partners/PartnerForm';
import { PartnersNav } from '../components/partners/PartnersNav';
import { Timeline } from '../components/partners/Timeline';
import { t } from '../i18n';
import type { Partner } from '../lib/api';
import { countryLabel, labelOf } from '../lib/event-format';
import { deletePartnerAction, updatePartnerAction } from '../lib/partner-actions';
import { getPartner, getPartnerTimeline } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

function Facts(props: { partner: Partner }) {
  const p = () => props.partner;
  return (
    <dl class="card partner-facts">
      <Show when={p().nameOriginal}>
        <dt>{t('partners.nameOriginal')}</dt>
        <dd>{p().nameOriginal}</dd>
      </Show>
      <dt>{t('partners.country')}</dt>
      <dd>{countryLabel(p().country)}</dd>
      <dt>{t('partners.kind')}</dt>
      <dd>{labelOf(partnerKindLabels, p().kind)}</dd>
      <Show when={p().since}>
        <dt>{t('partners.since')}</dt>
        <dd>{p().since}</dd>
      </Show>
      <Show when={p().notes}>
        <dt>{t('partners.notes')}</dt>
        <dd class="partner-notes">{p().notes}</dd>
      </Show>
    </dl>
  );
}

/** The contact people as a list, for those who may not change them. */
function ContactList(props: { partner: Partner }) {
  return (
    <Show when={props.partner.contacts.length} fallback={<p class="empty">{t('partners.noContacts')}</p>}>
      <ul class="partner-contacts">
        <For each={props.partner.contacts}>
          {(c) => (
            <li>
              <strong>{c.name}</strong>
              {c.role ? `, ${c.role}` : ''}
              <span class="muted"> {[c.email, c.phone].filter(Boolean).join(' · ')}</span>
              <span class="muted"> · {t(c.consent ? 'partners.consent' : 'partners.noConsent')}</span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** Editors change the details in place. */
function EditDetails(props: { partner: Partner }) {
  const ws = useWorkspace();
  const update = useSubmission(updatePartnerAction);
  return (
    <>
      <details class="edit-details" open={Boolean(update.error)}>
        <summary>{t('partners.edit')}</summary>
        <PartnerForm partner={props.partner} action={updatePartnerAction.with(ws().slug, props.partner.id)} error={update.error} pending={update.pending} submit={t('common.save')} />
      </details>
      <Show when={update.result && !update.pending}>
        <Notice>{t('common.saved')}</Notice>
      </Show>
    </>
  );
}

/** Deletes a partner entered by mistake; the server refuses while anything links to it, and says so here. */
function DeleteControl(props: { partner: Partner }) {
  const ws = useWorkspace();
  const removal = useSubmission(deletePartnerAction);
  return (
    <div class="partner-actions">
      <ActionButton action={deletePartnerAction.with(ws().slug, props.partner.id)} confirm={t('partners.deleteConfirm', { name: props.partner.name })} class="danger">
        {t('partners.delete')}
      </ActionButton>
      <ProblemAlert error={removal.error} />
    </div>
  );
}

/** A partner: its details, contacts and everything linked to it. */
export default function PartnerDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const partner = createAsync(() => getPartner(ws().slug, params.id));
  const timeline = createAsync(() => getPartnerTimeline(ws().slug, params.id));
  const editor = () => hasRole(ws().role, 'editor');
  return (
    <Show when={partner()}>
      {(p) => (
        <Page title={p().name}>
          <PartnersNav />
          <Facts partner={p()} />
          <Show when={editor()}>
            <EditDetails partner={p()} />
          </Show>
          <h2>{t('partners.contacts')}</h2>
          <Show when={editor()} fallback={<ContactList partner={p()} />}>
            <ContactsEditor partner={p()} />
          </Show>
          <h2>{t('partners.timeline')}</h2>
          <Timeline items={timeline()} />
          <Show when={editor()}>
            <DeleteControl partner={p()} />
          </Show>
          <p>
            <A href={`/w/${ws().slug}/partners`}>{t('partners.back')}</A>
          </p>
        </Page>
      )}
    </Show>
  );
}
