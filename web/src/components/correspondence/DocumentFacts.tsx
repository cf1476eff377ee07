import { For } from 'solid-js';
import { classificationLabels, urgencyLabels } from '../../../../shared/correspondence';
import { formatDate, t, type MessageKey } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { typeOption } from '../../lib/correspondence-format';
import { labelOf } from '../../lib/event-format';

const date = (d: string | null) => d && formatDate(d);

/** Each fact: its label and its value; those without a value are left out. */
type Fact = [label: MessageKey, value: (doc: CorrespondenceDocument) => string | null | undefined];

const facts: Fact[] = [
  ['correspondence.type', (d) => d.typeCode && typeOption(d.typeCode)],
  ['correspondence.sender', (d) => d.sender],
  ['correspondence.senderRef', (d) => d.senderRef],
  ['correspondence.documentDate', (d) => date(d.documentDate)],
  ['correspondence.receivedOn', (d) => date(d.receivedOn)],
  ['correspondence.signer', (d) => d.signer],
  ['correspondence.recipients', (d) => d.recipients],
  ['correspondence.filedWith', (d) => d.filedWith],
  ['correspondence.copies', (d) => d.copies?.toString()],
  ['correspondence.language', (d) => d.language],
  ['correspondence.assignee', (d) => d.assignee],
  ['correspondence.deadline', (d) => date(d.deadline)],
  ['correspondence.progress', (d) => d.progress],
  ['correspondence.sentOn', (d) => date(d.sentOn)],
  ['correspondence.urgency', (d) => labelOf(urgencyLabels, d.urgency)],
  ['correspondence.classification', (d) => labelOf(classificationLabels, d.classification)],
  ['correspondence.registeredOn', (d) => formatDate(d.registeredOn)],
  ['correspondence.notes', (d) => d.notes],
];

/** Every field of a register entry that has a value, in the register's order. */
export function DocumentFacts(props: { doc: CorrespondenceDocument }) {
  const shown = () => facts.map(([label, value]) => [label, value(props.doc)] as const).filter(([, value]) => value);
  return (
    <dl class="facts card doc-facts">
      <For each={shown()}>
        {([label, value]) => (
          <>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </>
        )}
      </For>
    </dl>
  );
}
