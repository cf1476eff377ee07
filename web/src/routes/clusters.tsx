import { createAsync, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { ClusterCard } from '../components/clusters/ClusterCard';
import { CopyClusters } from '../components/clusters/CopyClusters';
import { NewClusterForm } from '../components/clusters/NewClusterForm';
import { PlaceForm } from '../components/clusters/PlaceForm';
import { WorkspaceRows } from '../components/clusters/WorkspaceRows';
import { Page } from '../components/Page';
import { YearNav } from '../components/YearNav';
import { t } from '../i18n';
import type { ClusterYear } from '../lib/api';
import { getClusters } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** /w/:ws/clusters — a union's emulation clusters a year at a time (?year=), and who is in which. */
export default function Clusters() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ year: string }>();
  const year = () => (/^\d{4}$/.test(params.year ?? '') ? Number(params.year) : new Date().getFullYear());
  const clusters = createAsync(() => getClusters(ws().slug, year()));
  const admin = () => hasRole(ws().role, 'admin');
  return (
    <Page title={t('clusters.title')} intro={t('clusters.intro')}>
      <YearNav
        label={t('clusters.year', { year: String(year()) })}
        previous={t('clusters.previousYear')}
        next={t('clusters.nextYear')}
        step={(by) => setParams({ year: String(year() + by) }, { replace: true })}
      />
      <Show when={clusters()}>
        {(y) => (
          <>
            <Show when={!y().items.length}>
              <CopyClusters year={y().year} admin={admin()} />
            </Show>
            <Show when={admin()}>
              <NewClusterForm year={y().year} />
            </Show>
            <div class="cluster-list" aria-label={t('clusters.list', { year: String(y().year) })} role="region">
              <For each={y().items}>{(cluster) => <ClusterCard cluster={cluster} clusters={y().items} />}</For>
            </div>
            <Unplaced year={y()} admin={admin()} />
          </>
        )}
      </Show>
    </Page>
  );
}

/** The approved affiliates in no cluster of the year, each with a cluster to choose. */
function Unplaced(props: { year: ClusterYear; admin: boolean }) {
  const none = () => !props.year.unplaced.length && props.year.items.every((c) => !c.members.length);
  return (
    <section class="card cluster-card cluster-unplaced" aria-label={t('clusters.unplaced')}>
      <div class="cluster-head">
        <h2>{t('clusters.unplaced')}</h2>
        <span class="muted">{t('clusters.count', { count: String(props.year.unplaced.length) })}</span>
      </div>
      <Show when={props.admin && props.year.unplaced.length && !props.year.items.length}>
        <p class="hint">{t('clusters.addFirst')}</p>
      </Show>
      <WorkspaceRows items={props.year.unplaced} label={t('clusters.unplaced')} empty={t(none() ? 'clusters.noAffiliates' : 'clusters.allPlaced')}>
        {(w) => (
          <Show when={props.admin && props.year.items.length}>
            <PlaceForm workspace={w} clusters={props.year.items} />
          </Show>
        )}
      </WorkspaceRows>
    </section>
  );
}
