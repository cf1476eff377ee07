import { A } from '@solidjs/router';
import { Page } from '../components/Page';
import { t } from '../i18n';

export default function NotFound() {
  return (
    <Page title={t('notFound.title')}>
      <p>
        <A href="/">{t('common.home')}</A>
      </p>
    </Page>
  );
}
