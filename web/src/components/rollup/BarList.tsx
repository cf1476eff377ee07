import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Drill-down: where choosing the bar leads. */
  href?: string;
}

interface BarListProps {
  title: string;
  bars: Bar[];
  format: (n: number) => string;
  /** Shown instead of the bars when there are none. */
  empty: string;
  note?: string;
}

/**
 * Horizontal bars, largest first: each a line of text (name and figure, a link when it drills
 * down) over an inline SVG bar that only repeats the figure, so it is hidden from screen readers.
 */
export function BarList(props: BarListProps) {
  const sorted = () => [...props.bars].sort((a, b) => b.value - a.value);
  const top = () => Math.max(0, ...props.bars.map((b) => b.value));
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <Show when={props.bars.length} fallback={<p class="empty">{props.empty}</p>}>
        <ol class="bar-list">
          <For each={sorted()}>
            {(bar) => (
              <li>
                <span class="bar-head">
                  <Show when={bar.href} fallback={<span class="bar-label">{bar.label}</span>}>
                    <A href={bar.href!} class="bar-label">
                      {bar.label}
                    </A>
                  </Show>
                  <span class="bar-value">{props.format(bar.value)}</span>
                </span>
                <svg class="bar-track" width="100%" height="10" aria-hidden="true">
                  <rect class="bar-back" width="100%" height="10" rx="3" />
                  <rect class="chart-bar" width={`${top() ? (100 * bar.value) / top() : 0}%`} height="10" rx="3" />
                </svg>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.note}>
        <p class="hint">{props.note}</p>
      </Show>
    </figure>
  );
}
