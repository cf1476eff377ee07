import { A, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { Page } from '../components/Page';
import { RollupDrillDown } from '../components/rollup/RollupDrillDown';
import { RollupFilters } from '../components/rollup/RollupFilters';
import { RollupOverview } from '../components/rollup/RollupOverview';
import { t } from '../i18n';
import { currentMonth } from '../lib/event-time';
import { rollupState, type RollupParams } from '../lib/rollup-state';
import { useWorkspace } from '../lib/workspace';

/** /w/:ws/rollup — the union dashboard: figures added up over the approved affiliates, filters in the address. */
export default function RollupPage() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<RollupParams>();
  const now = currentMonth();
  const state = () => rollupState(params, now);
  const drilled = () => {
    const s = state();
    return s.group === undefined ? undefined : { ...s, group: s.group };
  };
  return (
    <Page title={t('rollup.title')} intro={t('rollup.intro', { name: ws().name })}>
      <Show when={ws().affiliates} fallback={<NoAffiliates />}>
        <RollupFilters state={state()} now={now} change={(patch) => setParams(patch, { replace: true })} />
        <Show when={drilled()} fallback={<RollupOverview state={state()} />}>
          {(s) => <RollupDrillDown state={s()} />}
        </Show>
      </Show>
    </Page>
  );
}

/** Nothing to add up yet: what the page is for and how affiliates come. */
function NoAffiliates() {
  const ws = useWorkspace();
  return (
    <div class="card rollup-none">
      <h2>{t('rollup.none.title')}</h2>
      <p>{t('rollup.none.text', { name: ws().name })}</p>
      <Show when={hasRole(ws().role, 'admin')} fallback={<p class="muted">{t('rollup.none.ask')}</p>}>
        <p>
          <A href={`/w/${ws().slug}/affiliations`} class="button">
            {t('rollup.none.admin')}
          </A>
        </p>
      </Show>
      <p>
        <A href={`/w/${ws().slug}`}>{t('rollup.none.own')}</A>
      </p>
    </div>
  );
}
