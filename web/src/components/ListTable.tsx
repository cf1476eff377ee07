import { For, Show, type JSX } from 'solid-js';
import { t } from '../i18n';

interface ListTableProps<T> {
  items: T[] | undefined;
  /** Column headings; each row's cells repeat them as data-label for the phone layout. */
  columns: string[];
  /** Shown instead of the table when there are no items. */
  empty?: string;
  label?: string;
  /** One <tr> per item, its last cell holding the row's buttons. */
  children: (item: T) => JSX.Element;
}

/** A table of items: rows on wide screens, stacked cards on phones (see styles.css). */
export function ListTable<T>(props: ListTableProps<T>) {
  return (
    <Show when={props.items?.length || props.empty === undefined} fallback={<p class="empty">{props.empty}</p>}>
      <table class="stack" aria-label={props.label}>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
            <th scope="col">
              <span class="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.items}>{(item) => props.children(item)}</For>
        </tbody>
      </table>
    </Show>
  );
}
