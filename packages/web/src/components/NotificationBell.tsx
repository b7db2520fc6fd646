import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Checkbox, Divider, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useT, type Phrase } from '../i18n';
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

/** The kinds a user may choose not to receive by e-mail (they always stay in the list). */
const EMAIL_KINDS: { kind: string; label: Phrase }[] = [
  { kind: 'assign', label: '交办通知' },
  { kind: 'reminder', label: '期限提醒' },
  { kind: 'overdue', label: '超期督办' },
  { kind: 'extension_requested', label: '延期申请' },
  { kind: 'extension_decided', label: '延期审批结果' },
  { kind: 'reply', label: '答复通知' },
];

/**
 * The bell in the header: the unread count for every logged-in user, and a drawer with the
 * notifications (reminders, escalations, assignments) that marks them read.
 */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () =>
      api.get<{
        unread: number;
        items: Notification[];
        preferences: { email: string | null; emailOptOut: string[] };
      }>('/notifications'),
    // Reminders are produced by the scheduler: look again now and then.
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (ids: string[] | 'all') => api.post('/notifications/read', { ids }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const savePreferences = useMutation({
    mutationFn: (emailOptOut: string[]) => api.patch('/notifications/preferences', { emailOptOut }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = list.data?.unread ?? 0;
  const optOut = list.data?.preferences.emailOptOut ?? [];
  const openItem = (n: Notification) => {
    if (!n.readAt) {
      markRead.mutate([n.notificationId]);
    }
    if (n.proposalId) {
      setOpen(false);
      void navigate(`/proposals/${n.proposalId}`);
    }
  };
  return (
    <>
      <Badge count={unread} size="small" offset={[-6, 6]} data-testid="notification-count">
        <Button
          type="text"
          aria-label={t('通知')}
          data-testid="notification-bell"
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        title={t('通知')}
        open={open}
        onClose={() => setOpen(false)}
        width={420}
        extra={
          <Button
            size="small"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => markRead.mutate('all')}
          >
            {t('全部标为已读')}
          </Button>
        }
      >
        <List<Notification>
          data-testid="notification-list"
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('暂无通知')} /> }}
          renderItem={(n) => (
            <List.Item
              data-unread={n.readAt ? undefined : 'true'}
              style={{ cursor: 'pointer' }}
              onClick={() => openItem(n)}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt} type={n.readAt ? 'secondary' : undefined}>
                    {n.title}
                  </Typography.Text>
                }
                description={fmtDateTime(n.createdAt)}
              />
            </List.Item>
          )}
        />
        <Divider />
        <Typography.Text strong>{t('以下通知同时发送电子邮件')}</Typography.Text>
        {!list.data?.preferences.email && (
          <Typography.Paragraph type="secondary">{t('尚未登记电子邮箱')}</Typography.Paragraph>
        )}
        <Checkbox.Group
          data-testid="email-preferences"
          style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 8 }}
          value={EMAIL_KINDS.map((k) => k.kind).filter((k) => !optOut.includes(k))}
          options={EMAIL_KINDS.map((k) => ({ value: k.kind, label: t(k.label) }))}
          onChange={(chosen) =>
            savePreferences.mutate([
              // Kinds this page does not offer keep whatever the user chose before.
              ...optOut.filter((k) => !EMAIL_KINDS.some((e) => e.kind === k)),
              ...EMAIL_KINDS.map((e) => e.kind).filter((k) => !chosen.includes(k)),
            ])
          }
        />
      </Drawer>
    </>
  );
}
