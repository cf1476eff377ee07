import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { formatDate, locale, t } from '../../i18n';
import type { BodyGroup, Position } from '../../lib/api';
import { useWorkspace } from '../../lib/workspace';

/** The end of a term or position, or "now" when it has none. */
const until = (to: string | null) => (to ? formatDate(to) : t('leadership.openEnded'));

/** From – to of a position, for the history. */
const dates = (from: string, to: string | null) => `${formatDate(from)} – ${until(to)}`;

/**
 * Bodies in the order people expect (Đoàn Chủ tịch, Ban Thường vụ, Ban Chấp hành, Ban Kiểm tra),
 * each with its people by rank; `withDates` adds when each held the position (otherwise only a
 * set end is shown), `controls` what an editor can do to each.
 */
export function BodyList(props: { bodies: BodyGroup[]; withDates?: boolean; controls?: (position: Position) => JSX.Element }) {
  const ws = useWorkspace();
  return (
    <Show when={props.bodies.length} fallback={<p class="empty">{t('leadership.noPositions')}</p>}>
      <div class="bodies">
        <For each={props.bodies}>
          {(group) => (
            <section class="body-group">
              <h3>{group.label[locale()]}</h3>
              <ul class="holders">
                <For each={group.positions}>
                  {(p) => (
                    <li>
                      <span class="holder-title">{p.titleLabel[locale()]}</span>
                      <span class="holder-name">
                        <A href={`/w/${ws().slug}/members/${p.member.id}`}>{p.member.fullName}</A>
                        <Show when={[p.member.jobTitle, p.member.organisation].filter(Boolean).join(', ')}>{(work) => <small>{work()}</small>}</Show>
                        <Show when={props.withDates} fallback={<Show when={p.endsOn}>{(to) => <small>{t('leadership.until', { date: formatDate(to()) })}</small>}</Show>}>
                          <small>{dates(p.startsOn, p.endsOn)}</small>
                        </Show>
                      </span>
                      {props.controls?.(p)}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </div>
    </Show>
  );
}

/** "Nhiệm kỳ 2023–2028 (10/06/2023 – nay)". */
export const termHeading = (term: { name: string; startsOn: string; endsOn: string | null }) =>
  t('leadership.term', { name: term.name, from: formatDate(term.startsOn), to: until(term.endsOn) });
