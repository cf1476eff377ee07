import { Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Page } from '../components/Page';
import { ParentForm } from '../components/ParentForm';
import { TokenSection } from '../components/TokenSection';
import { WorkspaceDetailsForm } from '../components/WorkspaceDetailsForm';
import { t } from '../i18n';
import { useWorkspace } from '../lib/workspace';

/** Workspace details and parent (admins), then the user's own API tokens and language. */
export default function Settings() {
  const ws = useWorkspace();
  return (
    <Page title={t('settings.title')}>
      <Show when={hasRole(ws().role, 'admin')}>
        <WorkspaceDetailsForm />
        <ParentForm />
      </Show>
      <TokenSection />
      <section class="card">
        <h2>{t('settings.language')}</h2>
        <p class="intro">{t('settings.languageHint')}</p>
        <LanguageSwitch />
      </section>
    </Page>
  );
}
