import { For } from 'solid-js';
import { memberCategories, memberCategoryLabels } from '../../../../shared/members';
import { t } from '../../i18n';
import type { DuesYear } from '../../lib/api';
import { formatVnd, labelOf } from '../../lib/event-format';

/** The year's amount for each category, to read (those who cannot change them). */
export function DuesAmounts(props: { dues: DuesYear }) {
  return (
    <section class="card">
      <h2>{t('dues.rates')}</h2>
      <dl class="dues-amounts">
        <For each={memberCategories}>
          {(category) => {
            const amount = () => props.dues.amounts[category];
            return (
              <div>
                <dt>{labelOf(memberCategoryLabels, category)}</dt>
                <dd class="number">{amount() === null ? t('dues.notSet') : amount() === 0 ? t('dues.exempt') : formatVnd(amount()!)}</dd>
              </div>
            );
          }}
        </For>
      </dl>
    </section>
  );
}
