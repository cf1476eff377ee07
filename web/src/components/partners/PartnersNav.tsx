import { A } from '@solidjs/router';
import { t } from '../../i18n';
import { useWorkspace } from '../../lib/workspace';

/** Links between the partner directory, agreements, aid and awards. */
export function PartnersNav() {
  const ws = useWorkspace();
  const link = (path: string) => `/w/${ws().slug}${path}`;
  return (
    <nav class="partners-nav" aria-label={t('partners.sections')}>
      <A href={link('/partners')} end>
        {t('partners.title')}
      </A>
      <A href={link('/agreements')}>{t('agreements.short')}</A>
      <A href={link('/aid')}>{t('aid.short')}</A>
      <A href={link('/awards')}>{t('awards.title')}</A>
    </nav>
  );
}
