import { t } from '../../i18n';
import type { FieldError } from '../../lib/api';
import { rowProblem } from '../../lib/member-import';
import { ListTable } from '../ListTable';

/** Why the file was refused, row by row: nothing has been written. */
export function ImportProblems(props: { errors: FieldError[] }) {
  const columns = () => [t('import.row'), t('import.column'), t('import.problem')];
  return (
    <section class="import-problems">
      <p class="alert alert-error" role="alert">
        {t('import.failed', { count: String(props.errors.length) })}
      </p>
      <ListTable items={props.errors.map(rowProblem)} columns={columns()} label={t('import.errors')}>
        {(p) => (
          <tr>
            <td data-label={columns()[0]}>{p.row}</td>
            <td data-label={columns()[1]}>{p.column}</td>
            <td data-label={columns()[2]}>{p.message}</td>
            <td class="row-actions" />
          </tr>
        )}
      </ListTable>
    </section>
  );
}
