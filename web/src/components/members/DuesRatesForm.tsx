import { useSubmission } from '@solidjs/router';
import { For } from 'solid-js';
import { memberCategories, memberCategoryLabels } from '../../../../shared/members';
import { t } from '../../i18n';
import type { DuesYear } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { setDuesRatesAction } from '../../lib/member-actions';
import { useWorkspace } from '../../lib/workspace';
import { ProblemAlert } from '../Alert';
import { MoneyInput } from '../events/Inputs';
import { SubmitButton } from '../SubmitButton';

/** The year's amount for each category, in whole đồng (editors). */
export function DuesRatesForm(props: { dues: DuesYear }) {
  const ws = useWorkspace();
  const submission = useSubmission(setDuesRatesAction);
  return (
    <form action={setDuesRatesAction.with(ws().slug, props.dues.year)} method="post" novalidate class="card">
      <h2>{t('dues.rates')}</h2>
      <p class="hint">{t('dues.ratesHint')}</p>
      <div class="field-row dues-rates">
        <For each={memberCategories}>
          {(category) => <MoneyInput label={labelOf(memberCategoryLabels, category)} name={category} value={props.dues.amounts[category]} error={submission.error} />}
        </For>
      </div>
      <ProblemAlert error={submission.error} />
      <SubmitButton pending={submission.pending}>{t('dues.saveRates')}</SubmitButton>
    </form>
  );
}
