import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import type { Role } from '@jianyan/shared';
import { useSession } from './auth/session';
import { Loading } from './components/Loading';
import { AppLayout } from './layout/AppLayout';
import { homeFor, rolesOf } from './layout/pages';
import { PasswordPage } from './pages/account/PasswordPage';
import { Forbidden, NotFound } from './pages/account/Forbidden';
import { LoginPage } from './pages/login/LoginPage';
import { DraftEditorPage } from './pages/member/DraftEditorPage';
import { InvitationsPage } from './pages/member/InvitationsPage';
import { MyProposalsPage } from './pages/member/MyProposalsPage';
import { ProposalPage } from './pages/proposal/ProposalPage';
import { AllProposalsPage, KeyProposalsPage, OverduePage } from './pages/review/ListPages';
import { AssignQueuePage } from './pages/review/AssignQueuePage';
import { ExtensionsPage } from './pages/review/ExtensionsPage';
import { ObjectionsPage } from './pages/review/ObjectionsPage';
import { ReviewQueuePage } from './pages/review/ReviewQueuePage';
import { SearchPage } from './pages/search/SearchPage';
import { MySpeechesPage } from './pages/speeches/MySpeechesPage';
import { SpeechesAdminPage } from './pages/speeches/SpeechesAdminPage';
import { UnitInboxPage } from './pages/units/UnitInboxPage';

// Pages few users open are loaded when first opened (ECharts, the administration, the portal).
const ReportsPage = lazy(() =>
  import('./pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/leader/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const PortalPage = lazy(() =>
  import('./pages/portal/PortalPage').then((m) => ({ default: m.PortalPage })),
);
const PortalProposalPage = lazy(() =>
  import('./pages/portal/PortalPage').then((m) => ({ default: m.PortalProposalPage })),
);
const PortalIndexPage = lazy(() =>
  import('./pages/portal/PortalPage').then((m) => ({ default: m.PortalIndexPage })),
);
const PublicDigestPage = lazy(() =>
  import('./pages/speeches/PublicDigestPage').then((m) => ({ default: m.PublicDigestPage })),
);
const BodyPage = lazy(() =>
  import('./pages/admin/BodyPage').then((m) => ({ default: m.BodyPage })),
);
const SessionsPage = lazy(() =>
  import('./pages/admin/SessionsPage').then((m) => ({ default: m.SessionsPage })),
);
const CalendarPage = lazy(() =>
  import('./pages/admin/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const SupervisionProfilesPage = lazy(() =>
  import('./pages/admin/SupervisionProfilesPage').then((m) => ({
    default: m.SupervisionProfilesPage,
  })),
);
const UnitsPage = lazy(() =>
  import('./pages/admin/UnitsPage').then((m) => ({ default: m.UnitsPage })),
);
const UsersPage = lazy(() =>
  import('./pages/admin/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const MyDutyPage = lazy(() =>
  import('./pages/members/MyDutyPage').then((m) => ({ default: m.MyDutyPage })),
);
const DutyRecordsPage = lazy(() =>
  import('./pages/members/DutyRecordsPage').then((m) => ({ default: m.DutyRecordsPage })),
);
const TargetsReviewPage = lazy(() =>
  import('./pages/targets/TargetsReviewPage').then((m) => ({ default: m.TargetsReviewPage })),
);
const UnitTargetsPage = lazy(() =>
  import('./pages/targets/UnitTargetsPage').then((m) => ({ default: m.UnitTargetsPage })),
);
const FollowTargetsPage = lazy(() =>
  import('./pages/targets/FollowTargetsPage').then((m) => ({ default: m.FollowTargetsPage })),
);
const CategoriesPage = lazy(() =>
  import('./pages/admin/CategoriesPage').then((m) => ({ default: m.CategoriesPage })),
);
const SupervisionPage = lazy(() =>
  import('./pages/supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })),
);
const UnitSupervisionPage = lazy(() =>
  import('./pages/supervision/SupervisionPage').then((m) => ({
    default: m.UnitSupervisionPage,
  })),
);
const DictionaryPage = lazy(() =>
  import('./pages/admin/DictionaryPage').then((m) => ({ default: m.DictionaryPage })),
);

/** Logged-in users only; with `roles`, users of those roles only (others get 403, even by URL). */
function Guard({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (roles && !roles.includes(user.role)) {
    return <Forbidden />;
  }
  return children;
}

/** A page of the side menu, guarded by the roles the menu table gives it. */
const page = (path: string, element: ReactNode) => (
  <Route path={path} element={<Guard roles={rolesOf(path)}>{element}</Guard>} />
);

export function AppRoutes() {
  const { user, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  return (
    <Routes>
      <Route
        path="/login"
        element={user ? <Navigate to={homeFor(user.role)} replace /> : <LoginPage />}
      />
      <Route path="/portal" element={<PortalIndexPage />} />
      <Route path="/portal/:bodyCode" element={<PortalPage />} />
      <Route path="/portal/:bodyCode/proposals/:proposalId" element={<PortalProposalPage />} />
      <Route path="/portal/:bodyCode/speeches/:sessionCode" element={<PublicDigestPage />} />
      <Route
        element={
          <Guard>
            <AppLayout />
          </Guard>
        }
      >
        <Route path="/" element={<Navigate to={user ? homeFor(user.role) : '/login'} replace />} />
        {page('/my', <MyProposalsPage />)}
        {page('/my/new', <DraftEditorPage />)}
        {page('/my/invitations', <InvitationsPage />)}
        {page('/speeches/mine', <MySpeechesPage />)}
        {page('/speeches', <SpeechesAdminPage />)}
        {page('/my/duty', <MyDutyPage />)}
        {page('/duty', <DutyRecordsPage />)}
        {page('/review', <ReviewQueuePage />)}
        {page('/assign', <AssignQueuePage />)}
        {page('/objections', <ObjectionsPage />)}
        {page('/extensions', <ExtensionsPage />)}
        {page('/unit', <UnitInboxPage />)}
        {page('/unit/targets', <UnitTargetsPage />)}
        {page('/targets', <FollowTargetsPage />)}
        {page('/targets/review', <TargetsReviewPage />)}
        {page('/unit/supervision', <UnitSupervisionPage />)}
        {page('/supervision', <SupervisionPage />)}
        {page('/dashboard', <DashboardPage />)}
        {page('/reports', <ReportsPage />)}
        {page('/key', <KeyProposalsPage />)}
        {page('/overdue', <OverduePage />)}
        {page('/search', <SearchPage />)}
        {page('/proposals', <AllProposalsPage />)}
        {page('/admin/body', <BodyPage />)}
        {page('/admin/sessions', <SessionsPage />)}
        {page('/admin/calendar', <CalendarPage />)}
        {page('/admin/supervision-profiles', <SupervisionProfilesPage />)}
        {page('/admin/units', <UnitsPage />)}
        {page('/admin/users', <UsersPage />)}
        {page('/admin/categories', <CategoriesPage />)}
        {page('/admin/dictionary', <DictionaryPage />)}
        <Route path="/proposals/:proposalId" element={<ProposalPage />} />
        <Route
          path="/proposals/:proposalId/edit"
          element={
            <Guard roles={['proposer']}>
              <DraftEditorPage />
            </Guard>
          }
        />
        <Route path="/account/password" element={<PasswordPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
