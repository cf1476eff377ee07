import { For } from 'solid-js';
import { t } from '../../i18n';
import type { DuesYear } from '../../lib/api';
import { formatVnd } from '../../lib/event-format';

/** How collection stands: what is due, collected and still owed, and how many have paid in full. */
export function DuesFigures(props: { summary: DuesYear['summary'] }) {
  const figures = () => [
    [t('dues.totalDue'), formatVnd(props.summary.due)],
    [t('dues.collected'), formatVnd(props.summary.collected)],
    [t('dues.outstanding'), formatVnd(props.summary.outstanding)],
    [t('dues.paidInFull'), t('dues.paidInFullCount', { paid: String(props.summary.paidInFull), owing: String(props.summary.owing) })],
  ];
  return (
    <dl class="dues-figures">
      <For each={figures()}>
        {([label, value]) => (
          <div>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
