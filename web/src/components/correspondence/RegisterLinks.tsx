import { Show } from 'solid-js';
import { hasRole } from '../../../../shared/workspace';
import { t } from '../../i18n';
import { registerHref } from '../../lib/api';
import { useWorkspace } from '../../lib/workspace';

/** The register book of the year as the decree's printable table (new tab) and as CSV; the classified book for admins. */
export function RegisterLinks(props: { direction: 'out' | 'in'; year: number }) {
  const ws = useWorkspace();
  const href = (ext: 'html' | 'csv', series?: 'classified') => registerHref(ws().slug, ext, { direction: props.direction, year: props.year, series });
  const year = () => String(props.year);
  return (
    <div class="button-row register-links">
      <a href={href('html')} target="_blank" rel="noopener" class="button">
        {t(`correspondence.print.${props.direction}`, { year: year() })}
      </a>
      {/* An empty download: a file, not a page of the app, saved under the name the server gives it. */}
      <a href={href('csv')} download="" class="button">
        {t('correspondence.csv')}
      </a>
      <Show when={hasRole(ws().role, 'admin')}>
        <a href={href('html', 'classified')} target="_blank" rel="noopener" class="button">
          {t('correspondence.printClassified')}
        </a>
      </Show>
    </div>
  );
}
