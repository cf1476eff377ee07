import { A, createAsync, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { agreementStatusLabels, aidStatusLabels, partnerKindLabels, type AgreementStatus, type AidStatus } from '../../../shared/partners';
import { Page } from '../components/Page';
import { PartnersNav } from '../components/partners/PartnersNav';
import { t } from '../i18n';
import type { TimelineItem } from '../lib/api';
import { countryLabel, labelOf } from '../lib/event-format';
import { formatDay } from '../lib/event-time';
import { getPartner, getPartnerTimeline } from '../lib/queries';
import { useWorkspace } from '../lib/workspace';

const kindKey = { agreement: 'partners.timelineAgreement', aid: 'partners.timelineAid', event: 'partners.timelineEvent' } as const;

/** Where a timeline entry leads: the event itself, or the agreement and aid lists. */
function TimelineEntry(props: { item: TimelineItem }) {
  const ws = useWorkspace();
  const href = () => `/w/${ws().slug}${props.item.kind === 'event' ? `/events/${props.item.id}` : props.item.kind === 'aid' ? '/aid' : '/agreements'}`;
  const status = () => {
    const s = props.item.status;
    if (!s) return undefined;
    return props.item.kind === 'aid' ? labelOf(aidStatusLabels, s as AidStatus) : labelOf(agreementStatusLabels, s as AgreementStatus);
  };
  return (
    <li class={`timeline-item timeline-${props.item.kind}`}>
      <time datetime={props.item.date}>{formatDay(props.item.date)}</time>
      <span class="badge">{t(kindKey[props.item.kind])}</span>
      <A href={href()}>{props.item.title}</A>
      <Show when={status()}>
        <span class="muted"> · {status()}</span>
      </Show>
    </li>
  );
}

/** A partner: its details, contacts and everything linked to it. */
export default function PartnerDetail() {
  const ws = useWorkspace();
  const params = useParams<{ id: string }>();
  const partner = createAsync(() => getPartner(ws().slug, params.id));
  const timeline = createAsync(() => getPartnerTimeline(ws().slug, params.id));
  return (
    <Show when={partner()}>
      {(p) => (
        <Page title={p().name}>
          <PartnersNav />
          <dl class="card partner-facts">
            <Show when={p().nameOriginal}>
              <dt>{t('partners.nameOriginal')}</dt>
              <dd>{p().nameOriginal}</dd>
            </Show>
            <dt>{t('partners.country')}</dt>
            <dd>{countryLabel(p().country)}</dd>
            <dt>{t('partners.kind')}</dt>
            <dd>{labelOf(partnerKindLabels, p().kind)}</dd>
            <Show when={p().since}>
              <dt>{t('partners.since')}</dt>
              <dd>{p().since}</dd>
            </Show>
            <Show when={p().notes}>
              <dt>{t('partners.notes')}</dt>
              <dd class="partner-notes">{p().notes}</dd>
            </Show>
          </dl>
          <h2>{t('partners.contacts')}</h2>
          <Show when={p().contacts.length} fallback={<p class="empty">{t('partners.noContacts')}</p>}>
            <ul class="partner-contacts">
              <For each={p().contacts}>
                {(c) => (
                  <li>
                    <strong>{c.name}</strong>
                    {c.role ? `, ${c.role}` : ''}
                    <span class="muted"> {[c.email, c.phone].filter(Boolean).join(' · ')}</span>
                    <span class="muted"> · {t(c.consent ? 'partners.consent' : 'partners.noConsent')}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h2>{t('partners.timeline')}</h2>
          <Show when={timeline()?.length} fallback={<p class="empty">{t('partners.timelineEmpty')}</p>}>
            <ol class="timeline" aria-label={t('partners.timeline')}>
              <For each={timeline()}>{(item) => <TimelineEntry item={item} />}</For>
            </ol>
          </Show>
          <p>
            <A href={`/w/${ws().slug}/partners`}>{t('partners.back')}</A>
          </p>
        </Page>
      )}
    </Show>
  );
}
