import { BellOutlined } from '@ant-design/icons';
import {
  Badge,
  Button,
  Checkbox,
  Divider,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Typography,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { NOTIFICATION_KIND_LABELS } from '@jianyan/shared';
import { api } from '../api/client';
import { useAction } from '../api/hooks';
import { useLabel, useT } from '../i18n';
import { fmtDateTime } from './format';

interface Notification {
  notificationId: string;
  kind: string;
  title: string;
  body: string;
  proposalId: string | null;
  createdAt: string;
  readAt: string | null;
}

interface Preferences {
  email: string | null;
  emailOptOut: string[];
  mobile: string | null;
}

/** How often the unread count is refreshed while the app is open. */
const POLL_MS = 60_000;

/**
 * The notification centre: a bell with the unread count in the header; its drawer lists the
 * latest notifications (click one to open its proposal), marks them read, and holds the choice
 * of which kinds also come by e-mail.
 */
export function NotificationBell({ color }: { color: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<{ unread: number; items: Notification[] }>('/notifications'),
    refetchInterval: POLL_MS,
  });
  const markRead = useAction<string[] | 'all'>({
    run: (ids) => api.post('/notifications/read', { ids }),
  });
  const unread = list.data?.unread ?? 0;
  return (
    <>
      <Button
        type="text"
        style={{ color }}
        aria-label={t('通知')}
        data-testid="notification-bell"
        onClick={() => setOpen(true)}
      >
        <Badge count={unread} size="small" offset={[4, -2]} data-testid="unread-count">
          <BellOutlined style={{ color, fontSize: 16 }} />
        </Badge>
      </Button>
      <Drawer
        title={t('通知')}
        open={open}
        onClose={() => setOpen(false)}
        size="default"
        extra={
          <Button
            size="small"
            disabled={unread === 0}
            onClick={() => markRead.mutate('all')}
            data-testid="mark-all-read"
          >
            {t('全部标为已读')}
          </Button>
        }
      >
        <List
          data-testid="notifications"
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('暂无通知')} /> }}
          renderItem={(n) => (
            <List.Item
              key={n.notificationId}
              data-testid="notification"
              data-unread={n.readAt ? undefined : 'true'}
              style={{ cursor: n.proposalId ? 'pointer' : 'default' }}
              onClick={() => {
                if (!n.readAt) {
                  markRead.mutate([n.notificationId]);
                }
                if (n.proposalId) {
                  setOpen(false);
                  void navigate(`/proposals/${n.proposalId}`);
                }
              }}
            >
              <List.Item.Meta
                avatar={<Badge status={n.readAt ? 'default' : 'processing'} />}
                title={
                  <Typography.Text strong={!n.readAt} style={{ fontSize: 14 }}>
                    {n.title}
                  </Typography.Text>
                }
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {fmtDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
        <Divider />
        <EmailPreferences />
      </Drawer>
    </>
  );
}

/** Which notifications also come by e-mail, and to which address; where SMS warnings go. */
function EmailPreferences() {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<{ email?: string; byEmail: string[]; mobile?: string }>();
  const kinds = Object.keys(NOTIFICATION_KIND_LABELS);
  const prefs = useQuery({
    queryKey: ['notification-preferences'],
    queryFn: () => api.get<Preferences>('/notifications/preferences'),
  });
  const save = useAction<{ email?: string; byEmail: string[]; mobile?: string }>({
    run: (v) =>
      api.patch('/notifications/preferences', {
        email: v.email?.trim() ? v.email.trim() : null,
        emailOptOut: kinds.filter((k) => !v.byEmail.includes(k)),
        mobile: v.mobile?.trim() ? v.mobile.trim() : null,
      }),
    done: '通知设置已保存',
    form,
  });
  if (!prefs.data) {
    return null;
  }
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="email-preferences"
      initialValues={{
        email: prefs.data.email ?? '',
        mobile: prefs.data.mobile ?? '',
        byEmail: kinds.filter((k) => !prefs.data.emailOptOut.includes(k)),
      }}
      onFinish={(v) => save.mutate(v)}
    >
      <Typography.Title level={5}>{t('邮件通知')}</Typography.Title>
      <Form.Item name="email" label={t('电子邮箱')} rules={[{ type: 'email' }]}>
        <Input placeholder="name@example.gov.cn" />
      </Form.Item>
      <Form.Item name="byEmail" label={t('以下通知同时发送邮件')}>
        <Checkbox.Group>
          <Flex wrap gap={8}>
            {kinds.map((k) => (
              <Checkbox key={k} value={k}>
                {label(NOTIFICATION_KIND_LABELS[k])}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('手机号码')}
        extra={t('期限提醒和逾期督办同时以短信发送到此号码')}
      >
        <Input placeholder="13800138000" inputMode="tel" />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={save.isPending}>
        {t('保存')}
      </Button>
    </Form>
  );
}
