import { Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@jianyan/shared';
import { useSession } from '../auth/session';
import { setLang, useLang, useLabel, useT } from '../i18n';
import { PAGES } from './menu';

/** The back-office frame: the body's name, the role's menu, the account menu. */
export function AppLayout() {
  const { user, logout } = useSession();
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  if (!user) {
    return null;
  }
  const pages = PAGES.filter((p) => p.roles.includes(user.role));
  const selected = [...pages]
    .sort((a, b) => b.path.length - a.path.length)
    .find((p) => location.pathname.startsWith(p.path));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          background: '#8b0000',
          paddingInline: 16,
        }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {user.bodyName}
        </Typography.Text>
        <Typography.Text style={{ color: '#ffd8d8', flex: 1 }} className="hide-on-phone">
          {t('appName')}
        </Typography.Text>
        <Dropdown
          menu={{
            items: [
              {
                key: 'lang',
                label: t('language'),
                onClick: () => setLang(lang === 'zh' ? 'en' : 'zh'),
              },
              {
                key: 'password',
                label: t('changePassword'),
                onClick: () => void navigate('/account/password'),
              },
              {
                key: 'logout',
                label: t('logout'),
                onClick: () => void logout().then(() => navigate('/login')),
              },
            ],
          }}
        >
          <Button type="text" style={{ color: '#fff' }} data-testid="account-menu">
            <Space>
              {user.displayName}
              <span style={{ opacity: 0.8 }}>（{label(ROLE_LABELS[user.role])}）</span>
            </Space>
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        <Layout.Sider breakpoint="md" collapsedWidth={0} theme="light" width={180}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={[
              ...pages.map((p) => ({ key: p.path, label: <Link to={p.path}>{t(p.label)}</Link> })),
              { key: '/portal', label: <Link to={`/portal/${user.bodyCode}`}>{t('portal')}</Link> },
            ]}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, background: '#f5f5f5' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
