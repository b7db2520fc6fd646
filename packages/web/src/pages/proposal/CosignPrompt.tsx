import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm, Space } from 'antd';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import type { ProposalDetail } from '../../api/types';
import { useT } from '../../i18n';

/** A member invited to co-sign reads the draft here and answers. */
export function CosignPrompt({ p }: { p: ProposalDetail }) {
  const t = useT();
  const respond = useAction<boolean>({
    run: (accept) => api.post(`/proposals/${p.proposalId}/cosign`, { accept }),
    done: '已回复联名邀请',
  });
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="cosign-prompt"
      title={t('{name} 邀请您联名', { name: p.ownerName })}
      description={t('请阅读提案内容后确认是否联名；提案提交后邀请失效。')}
      action={
        <Space orientation="vertical">
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={respond.isPending && respond.variables}
            onClick={() => respond.mutate(true)}
          >
            {t('确认联名')}
          </Button>
          <Popconfirm
            title={t('谢绝此联名邀请？')}
            okText={t('谢绝')}
            cancelText={t('取消')}
            onConfirm={() => respond.mutate(false)}
          >
            <Button icon={<CloseOutlined />}>{t('谢绝')}</Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}
