import { InvitationList } from '../components/InvitationList';
import { InviteForm } from '../components/InviteForm';
import { Page } from '../components/Page';
import { PeopleTable } from '../components/PeopleTable';
import { t } from '../i18n';

export default function People() {
  return (
    <Page title={t('people.title')} intro={t('people.intro')}>
      <PeopleTable />
      <InviteForm />
      <InvitationList />
    </Page>
  );
}
