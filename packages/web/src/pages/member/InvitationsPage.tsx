import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Popconfirm, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useAction, useInvitations } from '../../api/hooks';
import { fmtDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

/** Co-signing requests: the member reads the proposal and confirms or declines. */
export function InvitationsPage() {
  const t = useT();
  const invitations = useInvitations();
  const respond = useAction<{ proposalId: string; accept: boolean }>({
    run: ({ proposalId, accept }) => api.post(`/proposals/${proposalId}/cosign`, { accept }),
    done: '已回复联名邀请',
  });
  return (
    <PageCard
      title={t('联名邀请')}
      subtitle={t('其他委员邀请您联名的提案；确认后您将作为联名人，在提案提交前均可回复')}
      testId="invitations"
    >
      {invitations.isLoading ? (
        <Loading />
      ) : !invitations.data?.length ? (
        <Empty description={t('暂无联名邀请')} />
      ) : (
        <Flex vertical gap={12}>
          {invitations.data.map((i) => (
            <Card key={i.proposalId} size="small" data-testid="invitation">
              <Flex justify="space-between" align="center" wrap gap={12}>
                <div style={{ minWidth: 0 }}>
                  <Link to={`/proposals/${i.proposalId}`} style={{ fontSize: 15, fontWeight: 500 }}>
                    {i.title}
                  </Link>
                  <div>
                    <Typography.Text type="secondary">
                      {t('{name} 邀请您联名', { name: i.ownerName })} · {fmtDateTime(i.invitedAt)}
                    </Typography.Text>
                  </div>
                </div>
                <Space>
                  <Button
                    type="primary"
                    icon={<CheckOutlined />}
                    loading={
                      respond.isPending &&
                      respond.variables?.proposalId === i.proposalId &&
                      respond.variables.accept
                    }
                    onClick={() => respond.mutate({ proposalId: i.proposalId, accept: true })}
                  >
                    {t('确认联名')}
                  </Button>
                  <Popconfirm
                    title={t('谢绝此联名邀请？')}
                    okText={t('谢绝')}
                    cancelText={t('取消')}
                    onConfirm={() => respond.mutate({ proposalId: i.proposalId, accept: false })}
                  >
                    <Button icon={<CloseOutlined />}>{t('谢绝')}</Button>
                  </Popconfirm>
                </Space>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </PageCard>
  );
}
