import { createAsync } from '@solidjs/router';
import { Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import type { EventView } from '../../lib/api';
import { getRegistrations } from '../../lib/queries';
import { useWorkspace } from '../../lib/workspace';
import { RegisterForm } from './RegisterForm';
import { RegistrationCounts } from './RegistrationCounts';
import { RegistrationTable } from './RegistrationTable';
import { SelfRegistration } from './SelfRegistration';

/** Counts, adding people (editors) or oneself (viewers) and the list of registrations of an event. */
export function RegistrationSection(props: { event: EventView }) {
  const ws = useWorkspace();
  const registrations = createAsync(() => getRegistrations(ws().slug, props.event.id));
  return (
    <section>
      <h2>{t('events.registrations')}</h2>
      <RegistrationCounts event={props.event} />
      <RegistrationTable eventId={props.event.id} items={registrations()} />
      <Show when={hasRole(ws().role, 'editor')} fallback={<SelfRegistration event={props.event} registrations={registrations()} />}>
        <RegisterForm eventId={props.event.id} registrations={registrations()} />
      </Show>
    </section>
  );
}
