import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { IndicatorName, RollupGrouping } from '../../../../shared/indicators';
import { t } from '../../i18n';
import type { Rollup } from '../../lib/api-rollup';
import { formatNumber } from '../../lib/event-format';
import { formatFigure, groupLabel, indicatorLabel } from '../../lib/rollup-format';

interface GroupTableProps {
  title: string;
  rollup: Rollup;
  indicator: IndicatorName;
  /** Where a group's row leads (its workspaces); none when the rows already are workspaces. */
  drill?: (key: string) => string;
}

/** The columns after the chosen indicator: the figures a union looks at first. */
const alsoShown: IndicatorName[] = ['members_active', 'members_new', 'events', 'participants', 'delegations_in', 'delegations_out', 'agreements_signed', 'documents_out'];

/**
 * One row per group (or per workspace, drilled down) with the chosen indicator first, then a
 * totals row; as wide as it needs, scrolling sideways inside its box on a phone.
 */
export function GroupTable(props: GroupTableProps) {
  const by = (): RollupGrouping => (props.rollup.group === null ? props.rollup.groupBy : 'workspace');
  const columns = () => [props.indicator, ...alsoShown.filter((n) => n !== props.indicator)];
  // Months read in order; any other grouping, largest first.
  const rows = () => (by() === 'month' ? props.rollup.groups : [...props.rollup.groups].sort((a, b) => b.indicators[props.indicator] - a.indicators[props.indicator]));
  return (
    <Show when={rows().length} fallback={<p class="empty">{t('rollup.empty')}</p>}>
      <div class="table-scroll" role="region" aria-label={props.title} tabindex="0">
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{t(`rollup.groupBy.${by()}`)}</th>
              <Show when={by() !== 'workspace'}>
                <th scope="col" class="number">
                  {t('rollup.column.workspaces')}
                </th>
              </Show>
              <For each={columns()}>
                {(name) => (
                  <th scope="col" class="number" classList={{ chosen: name === props.indicator }}>
                    {indicatorLabel(name)}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(g) => (
                <tr>
                  <th scope="row">
                    <span class="row-name">
                      <Show when={props.drill} fallback={groupLabel(by(), g)}>
                        {(drill) => <A href={drill()(g.key)}>{groupLabel(by(), g)}</A>}
                      </Show>
                    </span>
                  </th>
                  <Show when={by() !== 'workspace'}>
                    <td class="number">{formatNumber(g.workspaces)}</td>
                  </Show>
                  <For each={columns()}>{(name) => <td class="number" classList={{ chosen: name === props.indicator }}>{formatFigure(name, g.indicators[name])}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('rollup.totals')}</th>
              <Show when={by() !== 'workspace'}>
                <td class="number">{formatNumber(props.rollup.totals.workspaces)}</td>
              </Show>
              <For each={columns()}>{(name) => <td class="number" classList={{ chosen: name === props.indicator }}>{formatFigure(name, props.rollup.totals.indicators[name])}</td>}</For>
            </tr>
          </tfoot>
        </table>
      </div>
    </Show>
  );
}
