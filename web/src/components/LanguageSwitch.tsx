import { createAsync } from '@solidjs/router';
import { For } from 'solid-js';
import { locales, type Locale } from '../../../shared/account';
import { locale, setLocale, t } from '../i18n';
import { api } from '../lib/api';
import { getMe } from '../lib/queries';

/** Each language named in itself, so everyone can find theirs. */
const names: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** VI | EN: switches at once, remembered on this device and, when signed in, in the account. */
export function LanguageSwitch() {
  const me = createAsync(() => getMe());
  const choose = (next: Locale) => {
    setLocale(next);
    // The switch has already happened here; a failure to store it only loses the default.
    if (me()) void api.updateMe({ locale: next }).catch(() => undefined);
  };
  return (
    <div class="lang-switch" role="group" aria-label={t('shell.language')}>
      <For each={locales}>
        {(l) => (
          <button type="button" lang={l} title={names[l]} aria-label={names[l]} aria-pressed={locale() === l} onClick={() => choose(l)}>
            {l.toUpperCase()}
          </button>
        )}
      </For>
    </div>
  );
}
