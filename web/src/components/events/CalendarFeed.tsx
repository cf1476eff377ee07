import { action, createAsync, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import { api } from '../../lib/api';
import { getCalendar } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { ActionButton } from '../ActionButton';
import { Notice, ProblemAlert } from '../Alert';
import { CopyField } from '../CopyField';

const rotateCalendarAction = action((slug: string) => api.rotateCalendar(slug), 'rotateCalendar');

/** The address calendar apps subscribe to; admins can replace it when it has been passed around too far. */
export function CalendarFeed() {
  const ws = useWorkspace();
  const feed = createAsync(() => getCalendar(ws().slug));
  const rotation = useSubmission(rotateCalendarAction);
  return (
    <section class="card">
      <h2>{t('calendar.title')}</h2>
      <p class="intro">{t('calendar.intro')}</p>
      <Show when={feed()}>
        {(f) => (
          <>
            <CopyField label={t('calendar.url')} value={f().url} />
            <p>
              <a href={f().webcalUrl}>{t('calendar.open')}</a>
            </p>
          </>
        )}
      </Show>
      <Show when={hasRole(ws().role, 'admin')}>
        <ActionButton action={rotateCalendarAction.with(ws().slug)} confirm={t('calendar.rotateConfirm')} class="danger">
          {t('calendar.rotate')}
        </ActionButton>
        <ProblemAlert error={rotation.error} />
        <Show when={rotation.result}>
          <Notice>{t('calendar.rotated')}</Notice>
        </Show>
      </Show>
    </section>
  );
}
