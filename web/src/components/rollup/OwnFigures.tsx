import { A, createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/event-format';
import { currentMonth, formatMonth, shiftMonth } from '../../lib/event-time';
import { getRollup, getStats } from '../../lib/queries';
import { compactNumber, monthShort } from '../../lib/rollup-format';
import { monthsBetween } from '../../lib/rollup-state';
import { useWorkspace } from '../../lib/workspace';
import { ColumnChart } from './ColumnChart';
import { IndicatorCards } from './IndicatorCards';

/**
 * A workspace's own figures for this year (GET /stats, live) and its activities over the last
 * twelve months. The months come from its rollup by month — one snapshot query, no request per
 * month — which for a workspace with affiliates includes theirs, and says so.
 */
export function OwnFigures() {
  const ws = useWorkspace();
  const now = currentMonth();
  const stats = createAsync(() => getStats(ws().slug));
  const months = monthsBetween(shiftMonth(now, -11), now);
  const trend = createAsync(() => getRollup(ws().slug, { from: months[0], to: now, groupBy: 'month' }));
  const columns = () => {
    const values = new Map((trend()?.groups ?? []).map((g) => [g.key, g.indicators.events]));
    return months.map((m) => ({ key: m, value: values.get(m) ?? 0 }));
  };
  return (
    <section class="own-figures" aria-labelledby="own-figures">
      <h2 id="own-figures">{t('dashboard.figures', { year: now.slice(0, 4) })}</h2>
      <p class="muted">{t('dashboard.figuresIntro')}</p>
      <Show when={stats()}>{(s) => <IndicatorCards label={t('dashboard.figures', { year: now.slice(0, 4) })} indicators={s().indicators} />}</Show>
      <Show when={trend()}>
        <div class="card">
          <ColumnChart
            title={t(ws().affiliates ? 'dashboard.trendWithAffiliates' : 'dashboard.trend')}
            columns={columns()}
            label={formatMonth}
            short={monthShort}
            format={formatNumber}
            axis={compactNumber}
          />
        </div>
      </Show>
      <Show when={ws().affiliates}>
        <p>
          <A href={`/w/${ws().slug}/rollup`}>{t('dashboard.rollupMore')}</A>
        </p>
      </Show>
    </section>
  );
}
