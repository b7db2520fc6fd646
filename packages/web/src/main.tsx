import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import type { Role } from '@jianyan/shared';
import { SessionProvider, useSession } from './auth/session';
import { useLang, useT } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { PAGES, homeFor } from './layout/menu';
import { Forbidden } from './pages/common/Forbidden';
import { PasswordPage } from './pages/common/PasswordPage';
import { DashboardPage } from './pages/leader/DashboardPage';
import { LoginPage } from './pages/login/LoginPage';
import { DraftEditorPage } from './pages/member/DraftEditorPage';
import { InvitationsPage } from './pages/member/InvitationsPage';
import { PortalPage } from './pages/portal/PortalPage';
import { ProposalDetailPage } from './pages/proposals/ProposalDetailPage';
import { ProposalListPage } from './pages/proposals/ProposalListPage';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

/** A page for some roles only: others see 403 even when they type its address. */
function Guard({ path, children }: { path: string; children: ReactNode }) {
  const { user } = useSession();
  const roles: readonly Role[] = PAGES.find((p) => p.path === path)?.roles ?? [];
  if (!user) {
    return <Navigate to="/login" replace />;
  }
  return roles.includes(user.role) ? children : <Forbidden />;
}

function Routed() {
  const { user, loading } = useSession();
  const t = useT();
  if (loading) {
    return <Spin style={{ display: 'block', marginTop: 120 }} />;
  }
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/portal/:bodyCode" element={<PortalPage />} />
      <Route element={user ? <AppLayout /> : <Navigate to="/login" replace />}>
        <Route path="/" element={<Navigate to={user ? homeFor(user.role) : '/login'} replace />} />
        <Route
          path="/my"
          element={
            <Guard path="/my">
              <ProposalListPage testId="my-list" title={t('myProposals')} />
            </Guard>
          }
        />
        <Route
          path="/my/new"
          element={
            <Guard path="/my/new">
              <DraftEditorPage />
            </Guard>
          }
        />
        <Route
          path="/my/invitations"
          element={
            <Guard path="/my/invitations">
              <InvitationsPage />
            </Guard>
          }
        />
        <Route
          path="/review"
          element={
            <Guard path="/review">
              <ProposalListPage
                testId="review-queue"
                title={t('reviewQueue')}
                preset={{ state: 'submitted', sort: 'submitted_asc' }}
              />
            </Guard>
          }
        />
        <Route
          path="/proposals"
          element={
            <Guard path="/proposals">
              <ProposalListPage testId="all-list" title={t('allProposals')} />
            </Guard>
          }
        />
        <Route
          path="/overdue"
          element={
            <Guard path="/overdue">
              <ProposalListPage
                testId="overdue-list"
                title={t('overdue')}
                preset={{ overdue: 'true', sort: 'due_asc' }}
              />
            </Guard>
          }
        />
        <Route
          path="/unit"
          element={
            <Guard path="/unit">
              <ProposalListPage
                testId="unit-inbox"
                title={t('unitInbox')}
                preset={{ sort: 'due_asc' }}
              />
            </Guard>
          }
        />
        <Route
          path="/dashboard"
          element={
            <Guard path="/dashboard">
              <DashboardPage />
            </Guard>
          }
        />
        <Route path="/proposals/:proposalId" element={<ProposalDetailPage />} />
        <Route path="/account/password" element={<PasswordPage />} />
        <Route path="*" element={<Forbidden />} />
      </Route>
    </Routes>
  );
}

function Root() {
  const lang = useLang();
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{
        token: {
          colorPrimary: '#b22222',
          fontFamily:
            "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <Routed />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
