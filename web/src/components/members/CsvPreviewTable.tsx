import { For } from 'solid-js';
import { t } from '../../i18n';
import type { CsvPreview } from '../../lib/member-import';

/** The first rows of the chosen file as the spreadsheet shows them, with Excel's row numbers. */
export function CsvPreviewTable(props: { preview: CsvPreview }) {
  return (
    <figure class="csv-preview">
      <figcaption>{t('import.preview', { shown: String(props.preview.rows.length), total: String(props.preview.total) })}</figcaption>
      <div class="scroll-x">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <For each={props.preview.header}>{(cell) => <th scope="col">{cell}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.preview.rows}>
              {(row) => (
                <tr>
                  <th scope="row">{row.row}</th>
                  <For each={row.cells}>{(cell) => <td>{cell}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
