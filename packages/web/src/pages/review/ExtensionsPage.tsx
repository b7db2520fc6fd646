import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tabs, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { ExtensionRequestItem } from '../../api/types';
import { useUser } from '../../auth/session';
import { fmtDate, fmtDateTime, numberText } from '../../components/format';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';
import { ExtensionDecision, ExtensionStateTag } from '../proposal/ExtensionsPanel';

/** 延期审批: the units' requests for a later reply deadline, each with the ceiling it may reach. */
export function ExtensionsPage() {
  const t = useT();
  // Leaders follow the requests; staff decide on them.
  const decides = useUser().role === 'staff';
  const [params, setParams] = useSearchParams();
  const state = params.get('state') === 'all' ? 'all' : 'pending';
  const list = useQuery({
    queryKey: ['proposals', 'extensions', state],
    queryFn: () => api.get<ExtensionRequestItem[]>('/extensions', { state }),
  });
  return (
    <PageCard
      title={t('延期审批')}
      subtitle={t(
        '承办单位的延期申请；延期后的答复期限不得超过交办之日起的最长期限（默认 6 个月）',
      )}
      testId="extension-requests"
    >
      <Tabs
        activeKey={state}
        onChange={(k) => setParams(k === 'all' ? { state: k } : {}, { replace: true })}
        items={[
          { key: 'pending', label: t('待审批') },
          { key: 'all', label: t('全部') },
        ]}
      />
      <Table<ExtensionRequestItem>
        rowKey="extensionId"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        scroll={{ x: 1100 }}
        locale={{ emptyText: <Empty description={t('没有待审批的延期申请')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('提案'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/proposals/${r.proposalId}`}>
                {r.numberLabel ? `${numberText(r.numberLabel)} ` : ''}
                {v}
              </Link>
            ),
          },
          {
            title: t('承办单位'),
            dataIndex: 'unitName',
            width: 160,
            render: (v: string, r) => (
              <div>
                {v}
                <div>
                  <Typography.Text type="secondary">{r.requestedByName}</Typography.Text>
                </div>
              </div>
            ),
          },
          { title: t('原答复期限'), dataIndex: 'fromDueAt', width: 110, render: fmtDate },
          {
            title: t('申请延至'),
            dataIndex: 'requestedDueAt',
            width: 110,
            render: (v: string) => <b data-testid="requested-date">{fmtDate(v)}</b>,
          },
          {
            title: t('最迟可至'),
            key: 'ceiling',
            width: 150,
            render: (_: unknown, r) =>
              t('{date}（{n} 个月）', {
                date: fmtDate(r.ceiling.ceilingAt),
                n: r.ceiling.maxMonths,
              }),
          },
          { title: t('延期理由'), dataIndex: 'reason' },
          { title: t('申请时间'), dataIndex: 'requestedAt', width: 150, render: fmtDateTime },
          {
            title: t('审批'),
            key: 'decide',
            width: 220,
            render: (_: unknown, r) =>
              r.state === 'pending' && decides ? (
                <ExtensionDecision proposalId={r.proposalId} extensionId={r.extensionId} />
              ) : (
                <div>
                  <ExtensionStateTag state={r.state} />
                  {r.decisionNote && <div>{r.decisionNote}</div>}
                </div>
              ),
          },
        ]}
      />
    </PageCard>
  );
}
