import { Button, Empty, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useOpenObjections } from '../../api/hooks';
import type { OpenObjection } from '../../api/types';
import { fmtDateTime } from '../../components/format';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

/** 异议: units that say a proposal is not theirs; staff uphold the assignment or re-route it. */
export function ObjectionsPage() {
  const t = useT();
  const objections = useOpenObjections();
  return (
    <PageCard
      title={t('异议处理')}
      subtitle={t('承办单位在异议期内提出的交办异议，逐件维持交办或改办')}
      testId="objections"
    >
      <Table<OpenObjection>
        rowKey="objectionId"
        loading={objections.isLoading}
        dataSource={objections.data ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('没有待处理的异议')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('提案'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/proposals/${r.proposalId}`}>{v}</Link>,
          },
          { title: t('提出单位'), dataIndex: 'unitName', width: 180 },
          {
            title: t('异议理由'),
            dataIndex: 'reason',
            render: (v: string, r) => (
              <div>
                {v}
                {r.suggestedUnitName && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('建议改由：')}
                      {r.suggestedUnitName}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          { title: t('提出时间'), dataIndex: 'raisedAt', width: 150, render: fmtDateTime },
          {
            title: t('操作'),
            key: 'go',
            width: 100,
            render: (_: unknown, r) => (
              <Link to={`/proposals/${r.proposalId}`}>
                <Button size="small" type="primary">
                  {t('去处理')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
    </PageCard>
  );
}
