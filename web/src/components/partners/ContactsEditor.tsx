import { useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n';
import type { Contact, Partner } from '../../lib/api';
import { saveContactsAction } from '../../lib/partner-actions';
import { useWorkspace } from '../../lib/workspace';
import { Notice, ProblemAlert } from '../Alert';
import { DateInput } from '../correspondence/DateInput';
import { TextInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';

const blank: Contact = { name: '', role: null, email: null, phone: null, consent: false, consentOn: null };

/**
 * One contact person. The fields are named `contacts.<index>.<field>`, the index the server's
 * errors name; e-mail, phone and the consent date can only be given once consent is ticked.
 */
function ContactRow(props: { index: number; contact: Contact; error: unknown; onRemove: () => void }) {
  const [consent, setConsent] = createSignal(props.contact.consent);
  const name = (field: string) => `contacts.${props.index}.${field}`;
  return (
    <fieldset class="contact-row">
      <legend>{t('partners.contactNumber', { n: String(props.index + 1) })}</legend>
      <div class="field-row">
        <TextInput label={t('partners.contactName')} name={name('name')} value={props.contact.name} required error={props.error} />
        <TextInput label={t('partners.contactRole')} name={name('role')} value={props.contact.role} error={props.error} />
      </div>
      <label class="check">
        <input type="checkbox" name={name('consent')} checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
        {t('partners.consentGiven')}
      </label>
      <p class="hint">{t('partners.consentHint')}</p>
      <fieldset class="plain" disabled={!consent()}>
        <div class="field-row">
          <TextInput label={t('partners.contactEmail')} name={name('email')} value={props.contact.email} autocomplete="off" error={props.error} />
          <TextInput label={t('partners.contactPhone')} name={name('phone')} value={props.contact.phone} error={props.error} />
        </div>
        <DateInput label={t('partners.consentOn')} name={name('consentOn')} value={props.contact.consentOn ?? undefined} error={props.error} />
      </fieldset>
      <button type="button" class="link-button danger" onClick={() => props.onRemove()}>
        {t('partners.removeContact')}
      </button>
    </fieldset>
  );
}

/** The partner's contact people, edited together and saved as one list (PATCH `contacts`). */
export function ContactsEditor(props: { partner: Partner }) {
  const ws = useWorkspace();
  const submission = useSubmission(saveContactsAction);
  let nextKey = 0;
  const [rows, setRows] = createSignal(props.partner.contacts.map((contact) => ({ key: nextKey++, contact })));
  return (
    <form action={saveContactsAction.with(ws().slug, props.partner.id)} method="post" novalidate class="card contacts-editor">
      <For each={rows()} fallback={<p class="empty">{t('partners.noContacts')}</p>}>
        {(row, index) => <ContactRow index={index()} contact={row.contact} error={submission.error} onRemove={() => setRows(rows().filter((r) => r.key !== row.key))} />}
      </For>
      <p>
        <button type="button" onClick={() => setRows([...rows(), { key: nextKey++, contact: blank }])}>
          {t('partners.addContact')}
        </button>
      </p>
      <ProblemAlert error={submission.error} />
      <Show when={submission.result && !submission.pending}>
        <Notice>{t('partners.contactsSaved')}</Notice>
      </Show>
      <SubmitButton pending={submission.pending}>{t('partners.saveContacts')}</SubmitButton>
    </form>
  );
}
