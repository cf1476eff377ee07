import { For } from 'solid-js';
import { t } from '../../i18n';

interface ChartTableProps {
  caption: string;
  /** The heading of the first column (what each row is). */
  head: string;
  rows: { label: string; value: string }[];
}

/** A chart's figures as a table, folded away: for screen readers, and for reading exact values. */
export function ChartTable(props: ChartTableProps) {
  return (
    <details class="chart-table">
      <summary>{t('rollup.showTable')}</summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col" class="number">
                {t('rollup.column.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <td class="number">{row.value}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </details>
  );
}
