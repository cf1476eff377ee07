import { createEffect, createMemo, For, on, untrack } from 'solid-js';
import { memberCategories, memberCategoryLabels, memberStatuses, memberStatusLabels } from '../../../../shared/members';
import { t } from '../../i18n';
import { countryOptions } from '../../lib/event-format';
import { createSearch } from '../../lib/search';
import { LabelOptions } from '../events/LabelOptions';

/** What the member list shows; kept in the address (?q=&category=&status=&tag=&country=&unpaid=1) so it can be shared. */
export interface MembersState {
  q: string;
  category: string;
  status: string;
  tag: string;
  country: string;
  /** '1': only members who have not paid this year's dues. */
  unpaid: string;
}

interface MemberToolbarProps {
  state: MembersState;
  year: number;
  change: (patch: Partial<Record<keyof MembersState, string | undefined>>) => void;
}

/** A search that follows typing (diacritics optional) and the filters of the register. */
export function MemberToolbar(props: MemberToolbarProps) {
  const [query, type] = createSearch(250);
  createEffect(on(query, (q) => props.change({ q: q || undefined }), { defer: true }));
  const [tag, typeTag] = createSearch(400);
  createEffect(on(tag, (value) => props.change({ tag: value || undefined }), { defer: true }));
  const countries = createMemo(countryOptions);
  // The boxes start from the address, then belong to the person typing.
  const typed = untrack(() => ({ q: props.state.q, tag: props.state.tag }));
  const choose = (name: keyof MembersState) => (e: { currentTarget: HTMLSelectElement }) => props.change({ [name]: e.currentTarget.value || undefined });
  return (
    <div class="member-toolbar">
      <input
        type="search"
        class="member-search"
        value={typed.q}
        aria-label={t('members.search')}
        placeholder={t('members.searchHint')}
        autocomplete="off"
        onInput={(e) => type(e.currentTarget.value)}
      />
      <select aria-label={t('members.category')} onChange={choose('category')}>
        <option value="">{t('members.allCategories')}</option>
        <LabelOptions values={memberCategories} labels={memberCategoryLabels} selected={props.state.category} />
      </select>
      <select aria-label={t('members.status')} onChange={choose('status')}>
        <option value="">{t('members.currentStatuses')}</option>
        <LabelOptions values={memberStatuses} labels={memberStatusLabels} selected={props.state.status} />
      </select>
      <select aria-label={t('members.countries')} onChange={choose('country')}>
        <option value="">{t('members.allCountries')}</option>
        <For each={countries()}>
          {(c) => (
            <option value={c.code} selected={c.code === props.state.country}>
              {c.name}
            </option>
          )}
        </For>
      </select>
      <input type="search" value={typed.tag} aria-label={t('members.tagFilter')} placeholder={t('members.tags')} autocomplete="off" onInput={(e) => typeTag(e.currentTarget.value)} />
      <label class="check">
        <input type="checkbox" checked={props.state.unpaid === '1'} onChange={(e) => props.change({ unpaid: e.currentTarget.checked ? '1' : undefined })} />
        {t('members.unpaidFilter', { year: String(props.year) })}
      </label>
    </div>
  );
}
