import { registrationStatusLabels, type RegistrationStatus } from '../../../../shared/events';
import { labelOf } from '../../lib/event-format';

export function RegistrationBadge(props: { status: RegistrationStatus }) {
  return <span class={`badge badge-${props.status}`}>{labelOf(registrationStatusLabels, props.status)}</span>;
}
