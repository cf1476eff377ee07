import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { memberCategories, memberStatuses } from '../../../shared/members';
import { hasRole } from '../../../shared/workspace';
import { ProblemAlert } from '../components/Alert';
import { MemberTable } from '../components/members/MemberTable';
import { MemberToolbar, type MembersState } from '../components/members/MemberToolbar';
import { Page } from '../components/Page';
import { locale, t } from '../i18n';
import { api, membersCsvHref, type Member, type MemberQuery } from '../lib/api';
import { getMembers } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

const pick = <T extends string>(values: readonly T[], value: string | undefined) => values.find((v) => v === value);

/** The register: search as you type, filters, and further pages on request. */
export default function Members() {
  const ws = useWorkspace();
  const year = new Date().getFullYear();
  const [params, setParams] = useSearchParams<Record<keyof MembersState, string>>();
  const state = (): MembersState => ({
    q: params.q ?? '',
    category: params.category ?? '',
    status: params.status ?? '',
    tag: params.tag ?? '',
    country: params.country ?? '',
    unpaid: params.unpaid === '1' ? '1' : '',
  });
  const filters = createMemo((): MemberQuery => {
    const s = state();
    return {
      q: s.q || undefined,
      category: pick(memberCategories, s.category),
      status: pick(memberStatuses, s.status),
      tag: s.tag || undefined,
      country: /^[A-Z]{2}$/.test(s.country) ? s.country : undefined,
      unpaid: s.unpaid ? year : undefined,
    };
  });
  const first = createAsync(() => getMembers(ws().slug, filters()));
  // Pages after the first, for the current filters only ("load more").
  const [more, setMore] = createSignal<{ for: MemberQuery; items: Member[]; nextCursor: string | null }>();
  const [loading, setLoading] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const extra = () => (more()?.for === filters() ? more() : undefined);
  const items = () => first() && [...first()!.items, ...(extra()?.items ?? [])];
  const nextCursor = () => (extra() ? extra()!.nextCursor : first()?.nextCursor);
  const loadMore = async () => {
    const q = filters();
    setLoading(true);
    setFailure(undefined);
    try {
      const page = await api.members(ws().slug, { ...q, cursor: nextCursor()! });
      setMore({ for: q, items: [...(extra()?.items ?? []), ...page.items], nextCursor: page.nextCursor });
    } catch (e) {
      setFailure(e);
    } finally {
      setLoading(false);
    }
  };
  const searching = () => Object.values(filters()).some((v) => v !== undefined);
  return (
    <Page title={t('members.title')}>
      <p class="page-actions member-actions">
        <Show when={hasRole(ws().role, 'editor')}>
          <A href={`/w/${ws().slug}/members/new`} class="button primary">
            {t('members.new')}
          </A>
          <A href={`/w/${ws().slug}/members/import`} class="button">
            {t('members.import')}
          </A>
        </Show>
        <a href={membersCsvHref(ws().slug, { ...filters(), lang: locale() })} class="button" download="">
          {t('members.export')}
        </a>
      </p>
      <MemberToolbar state={state()} year={year} change={(patch) => setParams(patch, { replace: true })} />
      <MemberTable items={items()} empty={t(searching() ? 'members.noMatch' : 'members.empty')} />
      <ProblemAlert error={failure()} />
      <Show when={nextCursor()}>
        <p class="load-more">
          <span class="muted">{t('members.shown', { count: String(items()?.length ?? 0) })}</span>
          <button type="button" onClick={loadMore} disabled={loading()} aria-busy={loading()}>
            {t('members.loadMore')}
          </button>
        </p>
      </Show>
    </Page>
  );
}
