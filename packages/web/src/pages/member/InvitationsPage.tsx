import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Space } from 'antd';
import { Link } from 'react-router';
import { get, post } from '../../api/client';
import { useT } from '../../i18n';
import { beijing } from '../common/format';

/** A member's co-sign requests: confirm or decline. */
export function InvitationsPage() {
  const t = useT();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['invitations'],
    queryFn: () =>
      get<{ proposalId: string; title: string; ownerName: string; invitedAt: string }[]>(
        '/cosign-invitations',
      ),
  });
  const respond = useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      post(`/proposals/${id}/cosign`, { accept }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['invitations'] }),
  });
  return (
    <Card title={t('invitations')} data-testid="invitations">
      <List
        dataSource={list.data ?? []}
        locale={{ emptyText: '暂无联名邀请' }}
        renderItem={(i) => (
          <List.Item
            actions={[
              <Button
                key="yes"
                type="primary"
                onClick={() => respond.mutate({ id: i.proposalId, accept: true })}
              >
                确认联名
              </Button>,
              <Button key="no" onClick={() => respond.mutate({ id: i.proposalId, accept: false })}>
                谢绝
              </Button>,
            ]}
          >
            <Space direction="vertical" size={0}>
              <Link to={`/proposals/${i.proposalId}`}>{i.title}</Link>
              <span style={{ color: '#888' }}>
                {i.ownerName} · {beijing(i.invitedAt)}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
