import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  CATEGORY_AREAS,
  CATEGORY_AREA_LABELS,
  PROPOSAL_STATES,
  STATE_LABELS,
  type ProposalState,
} from '@jianyan/shared';
import { get } from '../../api/client';
import { useLabel, useT } from '../../i18n';
import { beijing, daysLeft } from '../common/format';
import { StateTag } from './StateTag';

export interface ListItem {
  proposalId: string;
  numberLabel: string | null;
  title: string;
  state: ProposalState;
  isKey: boolean;
  origin: 'plenary' | 'interim';
  proposerName: string;
  categoryName: string | null;
  submittedAt: string | null;
  replyDueAt: string | null;
}

/**
 * A server-paginated, filterable list of proposals. The same page serves the member's own list,
 * the review queue, the unit inbox and the overdue list, through a preset filter.
 */
export function ProposalListPage({
  title,
  preset = {},
  testId,
}: {
  title: string;
  preset?: Record<string, string>;
  testId: string;
}) {
  const t = useT();
  const label = useLabel();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [state, setState] = useState<string>();
  const [area, setArea] = useState<string>();
  const params = new URLSearchParams({ ...preset, page: String(page), pageSize: '20' });
  if (q) {
    params.set('q', q);
  }
  if (state) {
    params.set('state', state);
  }
  if (area) {
    params.set('area', area);
  }
  const list = useQuery({
    queryKey: ['proposals', params.toString()],
    queryFn: () => get<{ items: ListItem[]; total: number }>(`/proposals?${params.toString()}`),
  });
  const exportParams = new URLSearchParams(params);
  exportParams.delete('page');
  exportParams.delete('pageSize');
  return (
    <Card title={title} data-testid={testId}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder={t('search')}
          allowClear
          onSearch={(v) => (setQ(v), setPage(1))}
          style={{ width: 220 }}
        />
        {!preset.state && (
          <Select
            allowClear
            placeholder={t('state')}
            style={{ width: 140 }}
            onChange={(v: string | undefined) => (setState(v), setPage(1))}
            options={PROPOSAL_STATES.map((s) => ({ value: s, label: label(STATE_LABELS[s]) }))}
          />
        )}
        <Select
          allowClear
          placeholder={t('category')}
          style={{ width: 150 }}
          onChange={(v: string | undefined) => (setArea(v), setPage(1))}
          options={CATEGORY_AREAS.map((a) => ({ value: a, label: label(CATEGORY_AREA_LABELS[a]) }))}
        />
        <Button href={`/api/v1/proposals/export.xlsx?${exportParams.toString()}`}>
          {t('exportExcel')}
        </Button>
      </Space>
      <Table<ListItem>
        rowKey="proposalId"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('number'),
            dataIndex: 'numberLabel',
            width: 80,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Space>
                <Link to={`/proposals/${r.proposalId}`}>{v}</Link>
                {r.isKey && <Tag color="red">重点</Tag>}
                {r.origin === 'interim' && <Tag>平时</Tag>}
              </Space>
            ),
          },
          { title: t('proposer'), dataIndex: 'proposerName', width: 140 },
          {
            title: t('category'),
            dataIndex: 'categoryName',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('state'),
            dataIndex: 'state',
            width: 100,
            render: (s: ProposalState) => <StateTag state={s} />,
          },
          {
            title: t('submittedAt'),
            dataIndex: 'submittedAt',
            width: 150,
            render: (v: string | null) => beijing(v),
          },
          {
            title: t('dueAt'),
            dataIndex: 'replyDueAt',
            width: 150,
            render: (v: string | null, r) => {
              const left = daysLeft(v);
              if (left === null || !['assigned', 'handling', 'rehandling'].includes(r.state)) {
                return beijing(v, false);
              }
              const color = left < 0 ? 'red' : left <= 7 ? 'orange' : 'green';
              return <Tag color={color}>{left < 0 ? `逾期 ${-left} 天` : `剩 ${left} 天`}</Tag>;
            },
          },
        ]}
      />
    </Card>
  );
}
