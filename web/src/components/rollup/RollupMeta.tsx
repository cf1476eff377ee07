import { Show } from 'solid-js';
import { t } from '../../i18n';
import { rollupCsvHref, type Rollup } from '../../lib/api';
import { formatInstant, formatMonth } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';

/** The period and freshness of a rollup, and its table as a CSV download (the same query). */
export function RollupMeta(props: { rollup: Rollup }) {
  const ws = useWorkspace();
  const r = () => props.rollup;
  // A month drilled into is its own period.
  const period = () =>
    r().groupBy === 'month' && r().group ? formatMonth(r().group!) : t('rollup.periodOf', { from: formatMonth(r().from.slice(0, 7)), to: formatMonth(r().to.slice(0, 7)) });
  const csv = () => rollupCsvHref(ws().slug, { from: r().from.slice(0, 7), to: r().to.slice(0, 7), groupBy: r().groupBy, group: r().group ?? undefined });
  return (
    <div class="rollup-meta">
      <p>
        <strong>{period()}</strong>
        <br />
        <span class="muted">
          <Show when={r().asOf} fallback={t('rollup.noSnapshots')}>
            {(asOf) => t('rollup.asOf', { time: formatInstant(Date.parse(asOf())) })}
          </Show>
        </span>
      </p>
      <a class="button" href={csv()} download="">
        {t('rollup.csv')}
      </a>
    </div>
  );
}
