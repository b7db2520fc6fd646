import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  FieldTimeOutlined,
  DatabaseOutlined,
  DownOutlined,
  EditOutlined,
  FileTextOutlined,
  GlobalOutlined,
  IdcardOutlined,
  InboxOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  SearchOutlined,
  SendOutlined,
  SoundOutlined,
  StarOutlined,
  TagsOutlined,
  TeamOutlined,
  TranslationOutlined,
  UserOutlined,
  WarningOutlined,
  FlagOutlined,
} from '@ant-design/icons';
import { NotificationBell } from '../components/NotificationBell';
import { Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@jianyan/shared';
import { useInvitations, useOpenObjections, useProposalCount } from '../api/hooks';
import { useSession, useUser } from '../auth/session';
import { Loading } from '../components/Loading';
import { setLang, useLabel, useLang, useT } from '../i18n';
import { pagesOf, type MenuIcon } from './pages';

const ICONS: Record<MenuIcon, ReactNode> = {
  aim: <AimOutlined />,
  file: <FileTextOutlined />,
  edit: <EditOutlined />,
  team: <TeamOutlined />,
  audit: <AuditOutlined />,
  send: <SendOutlined />,
  warning: <WarningOutlined />,
  clock: <ClockCircleOutlined />,
  extension: <FieldTimeOutlined />,
  database: <DatabaseOutlined />,
  inbox: <InboxOutlined />,
  chart: <BarChartOutlined />,
  star: <StarOutlined />,
  flag: <FlagOutlined />,
  bank: <BankOutlined />,
  calendar: <CalendarOutlined />,
  apartment: <ApartmentOutlined />,
  user: <UserOutlined />,
  tags: <TagsOutlined />,
  search: <SearchOutlined />,
  sound: <SoundOutlined />,
  idcard: <IdcardOutlined />,
};

/** Counts of waiting work next to the menu entries. */
function useMenuBadges(): Record<string, number | undefined> {
  const user = useUser();
  const staff = user.role === 'staff';
  const invitations = useInvitations(user.role === 'proposer');
  const submitted = useProposalCount({ state: 'submitted' }, staff);
  const registered = useProposalCount({ state: 'registered' }, staff);
  const objections = useOpenObjections(staff);
  return {
    '/my/invitations': invitations.data?.length,
    '/review': submitted.data,
    '/assign': registered.data,
    '/objections': objections.data?.length,
  };
}

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const user = useUser();
  const t = useT();
  const location = useLocation();
  const badges = useMenuBadges();
  const pages = pagesOf(user.role);
  // Exact: a proposal's page (/proposals/…) is reached from many lists, and belongs to none.
  const selected = pages.find((p) => location.pathname === p.path);
  const entry = (p: (typeof pages)[number]) => ({
    key: p.path,
    icon: ICONS[p.icon],
    label: (
      <Link to={p.path} onClick={onNavigate}>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          {t(p.label)}
          {badges[p.path] ? (
            <Badge count={badges[p.path]} size="small" style={{ boxShadow: 'none' }} />
          ) : null}
        </span>
      </Link>
    ),
  });
  const items: NonNullable<MenuProps['items']> = [];
  const groups = new Map<string, NonNullable<MenuProps['items']>>();
  for (const p of pages) {
    if (!p.group) {
      items.push(entry(p));
      continue;
    }
    let children = groups.get(p.group);
    if (!children) {
      children = [];
      groups.set(p.group, children);
      items.push({ type: 'group', key: p.group, label: t(p.group), children });
    }
    children.push(entry(p));
  }
  items.push({ type: 'divider' });
  items.push({
    key: 'portal',
    icon: <GlobalOutlined />,
    label: (
      <Link to={`/portal/${user.bodyCode}`} onClick={onNavigate}>
        {t('公开答复')}
      </Link>
    ),
  });
  return (
    <Menu
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected.path] : []}
      items={items}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

/** The back office frame: the body's name, the role's menu, the account menu. */
export function AppLayout() {
  const { logout } = useSession();
  const user = useUser();
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawer, setDrawer] = useState(false);
  const otherLang = lang === 'zh' ? 'en' : 'zh';
  const location = useLocation();
  const current = pagesOf(user.role).find((p) => p.path === location.pathname);
  useEffect(() => {
    // Pages outside the menu (a proposal's page) set their own title.
    if (current) {
      document.title = `${t(current.label)} · ${t('建言')}`;
    }
  }, [current, t]);

  const account: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.5 }}>
          <div style={{ color: 'rgba(0,0,0,0.88)' }}>{user.displayName}</div>
          <div style={{ fontSize: 12 }}>
            {label(ROLE_LABELS[user.role])} · {user.username}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: t('修改密码'),
      onClick: () => void navigate('/account/password'),
    },
    {
      key: 'lang',
      icon: <TranslationOutlined />,
      label: lang === 'zh' ? 'English' : '中文',
      onClick: () => setLang(otherLang),
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: t('退出登录'),
      onClick: () => void logout().then(() => navigate('/login', { replace: true })),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          background: 'linear-gradient(90deg, #8c0c17 0%, #a8071a 60%, #b8323d 100%)',
          paddingInline: wide ? 24 : 12,
          height: 56,
          lineHeight: '56px',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!wide && (
          <Button
            type="text"
            aria-label={t('菜单')}
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawer(true)}
          />
        )}
        <Link
          to="/"
          style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0, flex: 1 }}
        >
          <span
            style={{
              background: '#fff',
              color: '#a8071a',
              borderRadius: 6,
              width: 30,
              height: 30,
              lineHeight: '30px',
              textAlign: 'center',
              fontWeight: 700,
              flex: 'none',
            }}
          >
            言
          </span>
          <span
            data-testid="body-name"
            style={{
              color: '#fff',
              fontSize: wide ? 18 : 15,
              fontWeight: 600,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {user.bodyName}
          </span>
          {wide && (
            <span style={{ color: '#ffd6d6', fontSize: 14, whiteSpace: 'nowrap' }}>
              {t('提案办理平台')}
            </span>
          )}
        </Link>
        {wide && (
          <Button
            type="text"
            size="small"
            style={{ color: '#fff' }}
            icon={<TranslationOutlined />}
            onClick={() => setLang(otherLang)}
          >
            {lang === 'zh' ? 'EN' : '中文'}
          </Button>
        )}
        <NotificationBell color="#fff" />
        <Dropdown menu={{ items: account }} trigger={['click']} placement="bottomRight">
          <Button
            type="text"
            style={{ color: '#fff', paddingInline: 8 }}
            data-testid="account-menu"
          >
            <UserOutlined />
            <span
              style={{
                maxWidth: wide ? 260 : 110,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
              }}
            >
              {user.displayName}
            </span>
            {wide && (
              <span style={{ opacity: 0.75 }}>
                {lang === 'zh'
                  ? `（${label(ROLE_LABELS[user.role])}）`
                  : `(${label(ROLE_LABELS[user.role])})`}
              </span>
            )}
            <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider theme="light" width={208} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            <SideMenu />
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawer}
            onClose={() => setDrawer(false)}
            size={260}
            title={user.bodyName}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setDrawer(false)} />
          </Drawer>
        )}
        <Layout.Content style={{ padding: wide ? 20 : 10, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
