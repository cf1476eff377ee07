import { createEffect, For, on } from 'solid-js';
import { typeCodes } from '../../../../shared/correspondence';
import { t } from '../../i18n';
import { typeOption } from '../../lib/correspondence-format';
import { createSearch } from '../../lib/search';

/** What a register page shows; kept in the address (?direction=&year=&type=&q=) so it can be shared. */
export interface RegisterState {
  direction: 'out' | 'in';
  year: number;
  type: string;
  q: string;
}

interface RegisterToolbarProps {
  state: RegisterState;
  change: (patch: Partial<Record<keyof RegisterState, string | undefined>>) => void;
}

/** The year of the register, a type filter and a search that follows typing (diacritics optional). */
export function RegisterToolbar(props: RegisterToolbarProps) {
  const [query, type] = createSearch(250);
  createEffect(on(query, (q) => props.change({ q: q || undefined }), { defer: true }));
  // The box follows the address (e.g. another register's tab clears it), but never overwrites what is being typed.
  let search!: HTMLInputElement;
  createEffect(() => {
    const q = props.state.q;
    if (document.activeElement !== search) search.value = q;
  });
  const year = (step: number) => props.change({ year: String(props.state.year + step) });
  return (
    <div class="register-toolbar">
      <div class="year-nav">
        <button type="button" aria-label={t('correspondence.previousYear')} onClick={() => year(-1)}>
          ‹
        </button>
        <h2 aria-live="polite">{t('correspondence.year', { year: String(props.state.year) })}</h2>
        <button type="button" aria-label={t('correspondence.nextYear')} onClick={() => year(1)}>
          ›
        </button>
      </div>
      <select aria-label={t('correspondence.filterType')} onChange={(e) => props.change({ type: e.currentTarget.value || undefined })}>
        <option value="">{t('correspondence.allTypes')}</option>
        <For each={typeCodes}>
          {(code) => (
            <option value={code} selected={code === props.state.type}>
              {typeOption(code)}
            </option>
          )}
        </For>
      </select>
      <input
        ref={search}
        type="search"
        aria-label={t('correspondence.search')}
        placeholder={t('correspondence.searchHint')}
        autocomplete="off"
        onInput={(e) => type(e.currentTarget.value)}
      />
    </div>
  );
}
