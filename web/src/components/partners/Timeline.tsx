import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { agreementStatusLabels, aidStatusLabels, type AgreementStatus, type AidStatus } from '../../../../shared/partners';
import { t, type MessageKey } from '../../i18n';
import type { TimelineItem } from '../../lib/api';
import { labelOf } from '../../lib/event-format';
import { formatDay } from '../../lib/event-time';
import { useWorkspace } from '../../lib/workspace';

const kindKey = (item: TimelineItem): MessageKey =>
  item.kind === 'document' ? (item.direction === 'in' ? 'partners.timelineDocumentIn' : 'partners.timelineDocumentOut') : (`partners.timeline${item.kind === 'aid' ? 'Aid' : item.kind === 'event' ? 'Event' : 'Agreement'}` as const);

/** Where an entry leads: the event, agreement or document itself, or the aid list. */
const pathOf = (item: TimelineItem) =>
  ({ event: `/events/${item.id}`, agreement: `/agreements/${item.id}`, document: `/correspondence/${item.id}`, aid: '/aid' })[item.kind];

function TimelineEntry(props: { item: TimelineItem }) {
  const ws = useWorkspace();
  const detail = () => {
    const { status, kind, reference } = props.item;
    if (kind === 'document') return reference ?? undefined;
    if (!status) return undefined;
    return kind === 'aid' ? labelOf(aidStatusLabels, status as AidStatus) : labelOf(agreementStatusLabels, status as AgreementStatus);
  };
  return (
    <li class={`timeline-item timeline-${props.item.kind}`}>
      <time datetime={props.item.date}>{formatDay(props.item.date)}</time>
      <span class="badge">{t(kindKey(props.item))}</span>
      <A href={`/w/${ws().slug}${pathOf(props.item)}`}>{props.item.title}</A>
      <Show when={detail()}>
        <span class="muted"> · {detail()}</span>
      </Show>
    </li>
  );
}

/** Everything linked to a partner, newest first. */
export function Timeline(props: { items: TimelineItem[] | undefined }) {
  return (
    <Show when={props.items?.length} fallback={<p class="empty">{t('partners.timelineEmpty')}</p>}>
      <ol class="timeline" aria-label={t('partners.timeline')}>
        <For each={props.items}>{(item) => <TimelineEntry item={item} />}</For>
      </ol>
    </Show>
  );
}
