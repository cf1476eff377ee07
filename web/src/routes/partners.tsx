import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, For, on, untrack, Show } from 'solid-js';
import { partnerKindLabels, partnerKinds } from '../../../shared/partners';
import { hasRole } from '../../../shared/workspace';
import { ListTable } from '../components/ListTable';
import { Page } from '../components/Page';
import { LabelOptions } from '../components/events/LabelOptions';
import { PartnersNav } from '../components/partners/PartnersNav';
import { t } from '../i18n';
import type { PartnerQuery } from '../lib/api';
import { countryLabel, countryOptions, labelOf } from '../lib/event-format';
import { getPartners } from '../lib/queries';
import { createSearch } from '../lib/search';
import { useWorkspace } from '../lib/workspace';

/** The partner directory: search as you type, by country and kind (kept in the address). */
export default function Partners() {
  const ws = useWorkspace();
  const [params, setParams] = useSearchParams<{ q: string; country: string; kind: string }>();
  const filters = createMemo(
    (): PartnerQuery => ({
      q: params.q || undefined,
      country: /^[A-Z]{2}$/.test(params.country ?? '') ? params.country : undefined,
      kind: partnerKinds.find((k) => k === params.kind),
    }),
  );
  const partners = createAsync(() => getPartners(ws().slug, filters()));
  const [query, type] = createSearch(250);
  createEffect(on(query, (q) => setParams({ q: q || undefined }, { replace: true }), { defer: true }));
  const typed = untrack(() => params.q ?? '');
  const countries = createMemo(countryOptions);
  const searching = () => Object.values(filters()).some((v) => v !== undefined);
  const columns = () => [t('partners.name'), t('partners.country'), t('partners.kind'), t('partners.since')];
  return (
    <Page title={t('partners.title')} intro={t('partners.intro')}>
      <PartnersNav />
      <Show when={hasRole(ws().role, 'editor')}>
        <p class="page-actions member-actions">
          <A href={`/w/${ws().slug}/partners/new`} class="button primary">
            {t('partners.new')}
          </A>
        </p>
      </Show>
      <div class="member-toolbar partner-toolbar">
        <input type="search" class="member-search" value={typed} aria-label={t('partners.search')} placeholder={t('partners.searchHint')} autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />
        <select aria-label={t('partners.country')} onChange={(e) => setParams({ country: e.currentTarget.value || undefined }, { replace: true })}>
          <option value="">{t('partners.allCountries')}</option>
          <For each={countries()}>
            {(c) => (
              <option value={c.code} selected={c.code === params.country}>
                {c.name}
              </option>
            )}
          </For>
        </select>
        <select aria-label={t('partners.kind')} onChange={(e) => setParams({ kind: e.currentTarget.value || undefined }, { replace: true })}>
          <option value="">{t('partners.allKinds')}</option>
          <LabelOptions values={partnerKinds} labels={partnerKindLabels} selected={params.kind ?? ''} />
        </select>
      </div>
      <ListTable items={partners()} columns={columns()} empty={t(searching() ? 'partners.noMatch' : 'partners.empty')} label={t('partners.list')}>
        {(p) => (
          <tr>
            <td data-label={columns()[0]} class="member-name">
              <A href={`/w/${ws().slug}/partners/${p.id}`}>{p.name}</A>
              <Show when={p.nameOriginal}>
                <span class="partner-original">{p.nameOriginal}</span>
              </Show>
            </td>
            <td data-label={columns()[1]}>{countryLabel(p.country)}</td>
            <td data-label={columns()[2]}>{labelOf(partnerKindLabels, p.kind)}</td>
            <td data-label={columns()[3]}>{p.since}</td>
            <td class="row-actions" />
          </tr>
        )}
      </ListTable>
    </Page>
  );
}
