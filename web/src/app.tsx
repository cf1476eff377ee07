import { Route, Router } from '@solidjs/router';
import { Shell } from './components/Shell';
import { SignedIn } from './components/SignedIn';
import Affiliations from './routes/affiliations';
import Correspondence from './routes/correspondence';
import DocumentDetail from './routes/correspondence-document';
import FollowUp from './routes/correspondence-follow-up';
import Letters from './routes/correspondence-letters';
import NewDocument from './routes/correspondence-new';
import Dashboard from './routes/dashboard';
import EventDetail from './routes/event';
import CheckIn from './routes/event-check-in';
import EditEvent from './routes/event-edit';
import NewEvent from './routes/event-new';
import Events from './routes/events';
import ForgotPassword from './routes/forgot-password';
import Home from './routes/home';
import Leadership from './routes/leadership';
import Dues from './routes/dues';
import MemberDetail from './routes/member';
import ImportMembers from './routes/member-import';
import NewMember from './routes/member-new';
import Members from './routes/members';
import RollupPage from './routes/rollup';
import Clusters from './routes/clusters';
import AgreementDetail from './routes/agreement';
import Agreements from './routes/agreements';
import AidList from './routes/aid';
import Awards from './routes/awards';
import PartnerDetail from './routes/partner';
import NewPartner from './routes/partner-new';
import Partners from './routes/partners';
import InvitationPage from './routes/invitation';
import NotFound from './routes/not-found';
import People from './routes/people';
import ReportPage from './routes/report';
import ReportPrint from './routes/report-print';
import ReceivedReport from './routes/report-received';
import ReportSubmissions from './routes/report-submissions';
import Reports from './routes/reports';
import ResetPassword from './routes/reset-password';
import Settings from './routes/settings';
import SignIn from './routes/sign-in';
import SignUp from './routes/sign-up';
import WorkspaceLayout from './routes/workspace';
import NewWorkspace from './routes/workspace-new';

/** Every page of the app (API.md "Web app routes"); the server answers index.html for each. */
export function App() {
  return (
    <Router root={Shell}>
      <Route path="/" component={Home} />
      <Route path="/sign-in" component={SignIn} />
      <Route path="/sign-up" component={SignUp} />
      <Route path="/forgot-password" component={ForgotPassword} />
      <Route path="/reset-password" component={ResetPassword} />
      <Route path="/invitations/:token" component={InvitationPage} />
      <Route component={SignedIn}>
        <Route path="/workspaces/new" component={NewWorkspace} />
        <Route path="/w/:ws" component={WorkspaceLayout}>
          <Route path="/" component={Dashboard} />
          <Route path="/people" component={People} />
          <Route path="/affiliations" component={Affiliations} />
          <Route path="/settings" component={Settings} />
          <Route path="/members" component={Members} />
          <Route path="/members/new" component={NewMember} />
          <Route path="/members/import" component={ImportMembers} />
          <Route path="/members/:id" component={MemberDetail} />
          <Route path="/leadership" component={Leadership} />
          <Route path="/dues" component={Dues} />
          <Route path="/events" component={Events} />
          <Route path="/events/new" component={NewEvent} />
          <Route path="/events/:id" component={EventDetail} />
          <Route path="/events/:id/edit" component={EditEvent} />
          <Route path="/events/:id/check-in" component={CheckIn} />
          <Route path="/correspondence" component={Correspondence} />
          <Route path="/correspondence/new" component={NewDocument} />
          <Route path="/correspondence/follow-up" component={FollowUp} />
          <Route path="/correspondence/letters" component={Letters} />
          <Route path="/correspondence/:id" component={DocumentDetail} />
          <Route path="/partners" component={Partners} />
          <Route path="/partners/new" component={NewPartner} />
          <Route path="/partners/:id" component={PartnerDetail} />
          <Route path="/agreements" component={Agreements} />
          <Route path="/agreements/:id" component={AgreementDetail} />
          <Route path="/aid" component={AidList} />
          <Route path="/awards" component={Awards} />
          <Route path="/reports" component={Reports} />
          <Route path="/reports/submissions" component={ReportSubmissions} />
          <Route path="/reports/submissions/:id" component={ReceivedReport} />
          <Route path="/reports/:id" component={ReportPage} />
          <Route path="/reports/:id/print" component={ReportPrint} />
          <Route path="/rollup" component={RollupPage} />
          <Route path="/clusters" component={Clusters} />
        </Route>
      </Route>
      <Route path="*" component={NotFound} />
    </Router>
  );
}
