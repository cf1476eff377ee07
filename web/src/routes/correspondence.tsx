import { A, createAsync, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { typeCodes, type TypeCode } from '../../../shared/correspondence';
import { hasRole } from '../../../shared/workspace';
import { CorrespondenceTabs } from '../components/correspondence/CorrespondenceTabs';
import { DocumentTable } from '../components/correspondence/DocumentTable';
import { RegisterLinks } from '../components/correspondence/RegisterLinks';
import { RegisterToolbar, type RegisterState } from '../components/correspondence/RegisterToolbar';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { registerYear } from '../lib/correspondence-format';
import { getDocuments } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** The outgoing and incoming registers (sổ đăng ký văn bản đi, đến), a year at a time. */
export default function Correspondence() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<Record<keyof RegisterState, string>>();
  const state = (): RegisterState => ({
    direction: params.direction === 'in' ? 'in' : 'out',
    year: /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : registerYear(),
    type: params.type ?? '',
    q: params.q ?? '',
  });
  const items = createAsync(() => {
    const { direction, year, type, q } = state();
    return getDocuments(ws().slug, { direction, year, type: typeCodes.find((c): c is TypeCode => c === type), q: q || undefined });
  });
  const empty = () => (state().q || state().type ? t('correspondence.noMatch') : t('correspondence.empty'));
  return (
    <Page title={t(`correspondence.register.${state().direction}`)}>
      <CorrespondenceTabs />
      <Show when={hasRole(ws().role, 'editor')}>
        <p class="page-actions">
          <A href={`/w/${ws().slug}/correspondence/new?direction=${state().direction}`} class="button primary">
            {t(`correspondence.new.${state().direction}`)}
          </A>
        </p>
      </Show>
      <RegisterToolbar state={state()} change={(patch) => setParams(patch, { replace: true })} />
      <DocumentTable direction={state().direction} items={items()} empty={empty()} />
      <RegisterLinks direction={state().direction} year={state().year} />
    </Page>
  );
}
