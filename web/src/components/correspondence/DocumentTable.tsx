import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { directionLabels, documentTypes, type Direction } from '../../../../shared/correspondence';
import { formatDate, t } from '../../i18n';
import type { CorrespondenceDocument } from '../../lib/api';
import { shortNumber } from '../../lib/correspondence-format';
import { labelOf } from '../../lib/event-format';
import { useWorkspace } from '../../lib/workspace';
import { ListTable } from '../ListTable';
import { DocumentBadges } from './DocumentBadges';

const date = (d: string | null) => (d ? formatDate(d) : '');

/** One column of a register list: its heading and what a document shows in it. */
interface Column {
  title: () => string;
  cell: (doc: CorrespondenceDocument, slug: string) => JSX.Element;
  /** doc-number: kept on one line, in bold; doc-subject: the whole width of a phone card. */
  class?: 'doc-number' | 'doc-subject';
}

/** Tên loại và trích yếu: the type, then the subject, which opens the document. */
const subject: Column = {
  title: () => t('correspondence.subject'),
  class: 'doc-subject',
  cell: (doc, slug) => (
    <>
      <Show when={doc.typeCode}>{(code) => <span class="doc-type">{labelOf(documentTypes, code())}</span>}</Show>
      <A href={`/w/${slug}/correspondence/${doc.id}`}>{doc.subject}</A> <DocumentBadges doc={doc} />
    </>
  ),
};

/** The columns each register lists (the printed register has them all). */
const columns: Record<Direction, Column[]> = {
  out: [
    { title: () => t('correspondence.symbol'), cell: shortNumber, class: 'doc-number' },
    { title: () => t('correspondence.documentDate'), cell: (d) => date(d.documentDate) },
    subject,
    { title: () => t('correspondence.signer'), cell: (d) => d.signer },
    { title: () => t('correspondence.recipients'), cell: (d) => d.recipients },
  ],
  in: [
    { title: () => t('correspondence.inNumber'), cell: shortNumber, class: 'doc-number' },
    { title: () => t('correspondence.receivedOn'), cell: (d) => date(d.receivedOn) },
    { title: () => t('correspondence.sender'), cell: (d) => [d.sender, d.senderRef].filter(Boolean).join(' · ') },
    subject,
    { title: () => t('correspondence.assignee'), cell: (d) => d.assignee },
    { title: () => t('correspondence.deadline'), cell: (d) => date(d.deadline) },
  ],
};

/** A register as rows (cards on phones): void ones struck through, overdue ones highlighted. */
export function DocumentTable(props: { direction: Direction; items: CorrespondenceDocument[] | undefined; empty: string }) {
  const ws = useWorkspace();
  const cols = () => columns[props.direction];
  return (
    <ListTable items={props.items} columns={cols().map((c) => c.title())} empty={props.empty} label={labelOf(directionLabels, props.direction)}>
      {(doc) => (
        <tr classList={{ 'doc-row': true, void: doc.status === 'void', overdue: doc.overdue }}>
          <For each={cols()}>
            {(col) => (
              <td data-label={col.title()} class={col.class}>
                {col.cell(doc, ws().slug)}
              </td>
            )}
          </For>
          <td class="row-actions" />
        </tr>
      )}
    </ListTable>
  );
}
