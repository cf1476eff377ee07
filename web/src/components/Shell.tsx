import { A, createAsync, type RouteSectionProps } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../i18n';
import { getMe } from '../lib/queries';
import { Boundary } from './Boundary';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

/** Every page: the header (app name, workspace switcher, language, account) and the content. */
export function Shell(props: RouteSectionProps) {
  const me = createAsync(() => getMe());
  return (
    <Boundary>
      <header class="topbar">
        <A href="/" class="brand">
          {t('app.name')}
        </A>
        <div class="topbar-tools">
          <LanguageSwitch />
          <Show when={me()} fallback={<A href="/sign-in">{t('shell.signIn')}</A>}>
            {(m) => <UserMenu user={m().user} />}
          </Show>
        </div>
        <Show when={me()}>{(m) => <WorkspaceSwitcher workspaces={m().workspaces} />}</Show>
      </header>
      <main id="main">
        <Boundary>{props.children}</Boundary>
      </main>
    </Boundary>
  );
}
