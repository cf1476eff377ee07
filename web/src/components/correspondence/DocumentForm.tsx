import type { Action } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { classificationLabels, classifications, directionLabels, directions, typeCodes, urgencies, urgencyLabels, type Direction } from '../../../../shared/correspondence';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import { registerToday, typeOption } from '../../lib/correspondence-format';
import { labelOf } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { PartnerSelect } from '../partners/PartnerSelect';
import { TextArea, TextInput, WholeInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';
import { ChoiceSelect } from './ChoiceSelect';
import { DateInput } from './DateInput';

interface DocumentFormProps {
  direction: Direction;
  action: Action<[FormData], unknown>;
  error: unknown;
  pending: boolean | undefined;
}

/** The outgoing register's own fields: the type gives the symbol, which the hint spells out. */
function OutgoingFields(props: { error: unknown }) {
  const ws = useWorkspace();
  const [type, setType] = createSignal<string>('CV');
  return (
    <>
      <ChoiceSelect
        label={t('correspondence.type')}
        name="typeCode"
        values={typeCodes}
        text={typeOption}
        selected="CV"
        hint={t('correspondence.symbolHint', { suffix: `/${type()}-${ws().code}` })}
        onChange={setType}
        error={props.error}
      />
      <TextArea label={t('correspondence.subject')} name="subject" required error={props.error} />
      <div class="field-row">
        <DateInput label={t('correspondence.documentDate')} name="documentDate" value={registerToday()} error={props.error} />
        <TextInput label={t('correspondence.signer')} name="signer" error={props.error} />
      </div>
      <TextArea label={t('correspondence.recipients')} name="recipients" error={props.error} />
      <div class="field-row">
        <TextInput label={t('correspondence.filedWith')} name="filedWith" error={props.error} />
        <WholeInput label={t('correspondence.copies')} name="copies" error={props.error} />
      </div>
      <TextInput label={t('correspondence.language')} name="language" hint={t('correspondence.languageHint')} error={props.error} />
    </>
  );
}

/** The incoming register's own fields, with the follow-up: who handles it, by when. */
function IncomingFields(props: { error: unknown }) {
  return (
    <>
      <TextInput label={t('correspondence.sender')} name="sender" required error={props.error} />
      <div class="field-row">
        <TextInput label={t('correspondence.senderRef')} name="senderRef" hint={t('correspondence.senderRefHint')} error={props.error} />
        <DateInput label={t('correspondence.documentDate')} name="documentDate" error={props.error} />
      </div>
      <ChoiceSelect label={t('correspondence.type')} name="typeCode" values={typeCodes} text={typeOption} none={t('correspondence.typeNone')} error={props.error} />
      <TextArea label={t('correspondence.subject')} name="subject" required error={props.error} />
      <div class="field-row">
        <DateInput label={t('correspondence.receivedOn')} name="receivedOn" value={registerToday()} error={props.error} />
        <DateInput label={t('correspondence.deadline')} name="deadline" hint={t('correspondence.deadlineHint')} error={props.error} />
      </div>
      <TextInput label={t('correspondence.assignee')} name="assignee" error={props.error} />
    </>
  );
}

/** A new register entry, outgoing or incoming; the number is the server's, never typed. */
export function DocumentForm(props: DocumentFormProps) {
  const ws = useWorkspace();
  const [direction, setDirection] = createSignal<Direction>(props.direction);
  return (
    <form action={props.action} method="post" novalidate class="card doc-form">
      <fieldset class="direction-choice">
        <legend>{t('correspondence.register')}</legend>
        <For each={directions}>
          {(d) => (
            <label class="check">
              <input type="radio" name="direction" value={d} checked={d === direction()} onChange={() => setDirection(d)} />
              {labelOf(directionLabels, d)}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={direction() === 'out'} fallback={<IncomingFields error={props.error} />}>
        <OutgoingFields error={props.error} />
      </Show>
      <div class="field-row">
        <ChoiceSelect label={t('correspondence.urgency')} name="urgency" values={urgencies} text={(u) => labelOf(urgencyLabels, u)} error={props.error} />
        <Show when={hasRole(ws().role, 'admin')}>
          <ChoiceSelect
            label={t('correspondence.classification')}
            name="classification"
            values={classifications}
            text={(c) => labelOf(classificationLabels, c)}
            hint={t('correspondence.classificationHint')}
            error={props.error}
          />
        </Show>
      </div>
      <PartnerSelect label={t('partners.documentPartner')} name="partnerId" optional hint={t('partners.documentPartnerHint')} error={props.error} />
      <TextArea label={t('correspondence.notes')} name="notes" error={props.error} />
      <ProblemAlert error={props.error} />
      <SubmitButton pending={props.pending}>{t('correspondence.submit')}</SubmitButton>
    </form>
  );
}
