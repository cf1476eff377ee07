import { createSignal, createUniqueId, For, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { ChartTable } from './ChartTable';

export interface Column {
  key: string;
  value: number;
  /** Drill-down: where choosing the column leads. */
  href?: string;
}

interface ColumnChartProps {
  title: string;
  columns: Column[];
  /** The column's full name ("Tháng 6 năm 2026"), for its tooltip and the table. */
  label: (key: string) => string;
  /** A month's short name under its column: "T6" / "Jun". */
  short: (key: string) => string;
  format: (n: number) => string;
  axis: (n: number) => string;
}

const height = 200;
const pad = { top: 12, right: 8, bottom: 40, left: 64 };

/** The smallest 1, 2 or 5 × 10ⁿ at or above `n`: a round top for the axis. */
export function niceMax(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return ([1, 2, 5, 10].find((s) => s * power >= n) ?? 10) * power;
}

/**
 * A column per month ('YYYY-MM' keys), drawn as inline SVG at the width it is given (measured, so that text is
 * never stretched); each column names itself in a <title>, and the same figures are a table.
 */
export function ColumnChart(props: ColumnChartProps) {
  let box!: HTMLDivElement;
  const [width, setWidth] = createSignal(320);
  onMount(() => {
    setWidth(box.clientWidth || 320);
    const observer = new ResizeObserver(() => setWidth(box.clientWidth || 320));
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  });
  const id = createUniqueId();
  // At least 2, so that the middle line of a chart of ones and zeros is not at ½.
  const top = () => niceMax(Math.max(2, ...props.columns.map((c) => c.value)));
  const plotWidth = () => Math.max(40, width() - pad.left - pad.right);
  const slot = () => plotWidth() / Math.max(1, props.columns.length);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / top());
  // A tick needs about 2.25rem: every 1, 2, 3, 6 or 12 months, so that January always has one.
  const step = () => [1, 2, 3, 6].find((s) => s * slot() >= 36) ?? 12;
  const ticked = (key: string) => (Number(key.slice(5)) - 1) % step() === 0;
  const firstTicked = () => props.columns.findIndex((c) => ticked(c.key));
  return (
    <figure class="chart">
      <figcaption id={id}>{props.title}</figcaption>
      <div class="chart-canvas" ref={box}>
        {/* An image, unless its columns are links: an image's content is hidden from screen readers. */}
        <svg width={width()} height={height} role={props.columns.some((c) => c.href) ? 'group' : 'img'} aria-labelledby={id}>
          <For each={[0, 0.5, 1]}>
            {(f) => (
              <g class="chart-grid">
                <line x1={pad.left} x2={width() - pad.right} y1={y(top() * f)} y2={y(top() * f)} />
                <text x={pad.left - 6} y={y(top() * f)} dy="0.35em" text-anchor="end">
                  {props.axis(top() * f)}
                </text>
              </g>
            )}
          </For>
          <For each={props.columns}>
            {(c, i) => {
              const x = () => pad.left + slot() * i() + slot() * 0.15;
              const bar = (
                <rect class="chart-bar" x={x()} y={y(c.value)} width={Math.max(1, slot() * 0.7)} height={Math.max(0, y(0) - y(c.value))}>
                  <title>{`${props.label(c.key)}: ${props.format(c.value)}`}</title>
                </rect>
              );
              // The year under January, and under the first tick when the period starts later.
              const year = () => (c.key.endsWith('-01') || i() === firstTicked() ? c.key.slice(0, 4) : undefined);
              return (
                <g>
                  <Show when={c.href} fallback={bar}>
                    {/* In its own <g>: a template that starts with <a> would be an HTML link, which SVG does not draw. */}
                    <g>
                      <a href={c.href} aria-label={`${props.label(c.key)}: ${props.format(c.value)}`}>
                        {/* The whole slot is the target, not only the (maybe tiny) bar. */}
                        <rect class="chart-hit" x={pad.left + slot() * i()} y={pad.top} width={slot()} height={y(0) - pad.top} />
                        {bar}
                      </a>
                    </g>
                  </Show>
                  <Show when={ticked(c.key)}>
                    <text class="chart-tick" x={x() + slot() * 0.35} y={height - pad.bottom + 16} text-anchor="middle">
                      {props.short(c.key)}
                    </text>
                    <Show when={year()}>
                      <text class="chart-tick chart-year" x={x() + slot() * 0.35} y={height - pad.bottom + 32} text-anchor="middle">
                        {year()}
                      </text>
                    </Show>
                  </Show>
                </g>
              );
            }}
          </For>
        </svg>
      </div>
      <ChartTable caption={props.title} head={t('rollup.groupBy.month')} rows={props.columns.map((c) => ({ label: props.label(c.key), value: props.format(c.value) }))} />
    </figure>
  );
}
