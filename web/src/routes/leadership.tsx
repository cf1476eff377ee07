import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { hasRole } from '../../../shared/workspace';
import { BodyList, termHeading } from '../components/members/BodyList';
import { PositionControls } from '../components/members/PositionControls';
import { PositionForm } from '../components/members/PositionForm';
import { TermForm } from '../components/members/TermForm';
import { Page } from '../components/Page';
import { t } from '../i18n';
import type { Position } from '../lib/api';
import { getLeadership, getLeadershipHistory } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

/** The leadership today, as people expect to see it, then every term with who held what. */
export default function Leadership() {
  const ws = useWorkspace();
  const now = createAsync(() => getLeadership(ws().slug));
  const history = createAsync(() => getLeadershipHistory(ws().slug));
  const controls = () => (hasRole(ws().role, 'editor') ? (p: Position) => <PositionControls position={p} /> : undefined);
  return (
    <Page title={t('leadership.title')}>
      <div class="leadership-layout">
        <div class="leadership-main">
          <section class="card">
            <Show when={now()?.term} fallback={<p class="empty">{t('leadership.noTerm')}</p>}>
              {(term) => (
                <>
                  <h2>{termHeading(term())}</h2>
                  <BodyList bodies={now()!.bodies} controls={controls()} />
                </>
              )}
            </Show>
          </section>
          <h2>{t('leadership.history')}</h2>
          <For each={history()} fallback={<p class="empty">{t('leadership.noHistory')}</p>}>
            {(term) => (
              <details class="card term-history">
                <summary>{termHeading(term)}</summary>
                <BodyList bodies={term.bodies} withDates controls={controls()} />
              </details>
            )}
          </For>
        </div>
        <Show when={hasRole(ws().role, 'editor')}>
          <aside class="leadership-aside">
            <Show when={history()?.length}>
              <PositionForm terms={history()!} />
            </Show>
            <TermForm />
          </aside>
        </Show>
      </div>
    </Page>
  );
}
