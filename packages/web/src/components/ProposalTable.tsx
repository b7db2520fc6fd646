import { DownloadOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Grid,
  Input,
  Pagination,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  CATEGORY_AREAS,
  CATEGORY_AREA_LABELS,
  PROPOSAL_ORIGINS,
  PROPOSAL_ORIGIN_LABELS,
  PROPOSAL_STATES,
  STATE_LABELS,
  type ProposalState,
} from '@jianyan/shared';
import { downloadUrl, type Query } from '../api/client';
import { useCategories, useProposalList, useSessions, useUnits } from '../api/hooks';
import type { ListSort, ProposalListItem } from '../api/types';
import { useLabel, useT } from '../i18n';
import { TZ, fmtDate, fmtDateTime, numberText } from './format';
import { DeadlineBadge } from './DeadlineBadge';
import { KeyTag, OriginTag, StateTag } from './tags';

export type FilterKey =
  'q' | 'state' | 'area' | 'category' | 'origin' | 'isKey' | 'unit' | 'session' | 'submitted';

export type ColumnKey =
  | 'number'
  | 'title'
  | 'proposer'
  | 'category'
  | 'state'
  | 'submitted'
  | 'due'
  | 'updated'
  | 'session';

export interface ProposalTableProps {
  testId: string;
  /** Fixed filters of this list (the review queue is state=submitted…); the user cannot change them. */
  preset?: Query;
  filters?: FilterKey[];
  /** The states offered by the state filter (all by default). */
  stateOptions?: readonly ProposalState[];
  columns?: ColumnKey[];
  defaultSort?: ListSort;
  /** Rows can be selected for bulk actions, which this renders above the table. */
  bulk?: (selected: ProposalListItem[], clear: () => void) => ReactNode;
  toolbar?: ReactNode;
  /** On a phone, show cards instead of a table (member pages). */
  cardsOnPhone?: boolean;
  emptyText?: ReactNode;
}

const PARAM_KEYS = [
  'q',
  'state',
  'area',
  'categoryId',
  'origin',
  'isKey',
  'unitId',
  'sessionId',
  'submittedFrom',
  'submittedTo',
] as const;

/** Which sort a column asks for, per direction (the API sorts; it knows these five). */
const SORTS: Partial<Record<ColumnKey, { ascend?: ListSort; descend?: ListSort }>> = {
  number: { ascend: 'number_asc' },
  submitted: { ascend: 'submitted_asc', descend: 'submitted_desc' },
  due: { ascend: 'due_asc' },
  updated: { descend: 'updated_desc' },
};

/**
 * A list of proposals, paginated, filtered and sorted by the server. The filters live in the
 * address, so a list can be bookmarked, shared, and comes back with the browser's back button;
 * the same filters export the list to Excel on the server.
 */
export function ProposalTable({
  testId,
  preset = {},
  filters = ['q', 'state', 'area', 'origin'],
  stateOptions = PROPOSAL_STATES,
  columns = ['number', 'title', 'proposer', 'category', 'state', 'submitted'],
  defaultSort = 'submitted_desc',
  bulk,
  toolbar,
  cardsOnPhone = false,
  emptyText,
}: ProposalTableProps) {
  const t = useT();
  const label = useLabel();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<ProposalListItem[]>([]);
  const [q, setQ] = useState(params.get('q') ?? '');
  useEffect(() => setQ(params.get('q') ?? ''), [params]);

  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const sort = (params.get('sort') as ListSort | null) ?? defaultSort;

  const filterQuery = useMemo(() => {
    const f: Query = {};
    for (const k of PARAM_KEYS) {
      const all = params.getAll(k);
      if (all.length) {
        f[k] = k === 'state' ? all : all[0];
      }
    }
    return f;
  }, [params]);
  const query: Query = { ...filterQuery, ...preset, sort, page, pageSize };
  const list = useProposalList(query);

  const categories = useCategories(filters.includes('category'));
  const units = useUnits(filters.includes('unit'));
  const sessions = useSessions(filters.includes('session'));

  /** Changes some filters and goes back to the first page. */
  const update = (changes: Record<string, string | string[] | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      next.delete(k);
      if (Array.isArray(v)) {
        v.forEach((x) => next.append(k, x));
      } else if (v !== undefined && v !== '') {
        next.set(k, v);
      }
    }
    if (!keepPage) {
      next.delete('page');
    }
    setParams(next, { replace: true });
    setSelected([]);
  };

  const exportQuery: Query = { ...filterQuery, ...preset, sort };
  const filtersActive = PARAM_KEYS.some((k) => params.has(k));

  const sortOrder = (key: ColumnKey): SortOrder => {
    const s = SORTS[key];
    return s?.ascend === sort ? 'ascend' : s?.descend === sort ? 'descend' : null;
  };
  const sortable = (key: ColumnKey) => {
    const s = SORTS[key];
    if (!s) {
      return {};
    }
    return {
      sorter: true,
      sortOrder: sortOrder(key),
      sortDirections: [
        ...(s.ascend ? ['ascend' as const] : []),
        ...(s.descend ? ['descend' as const] : []),
      ],
    };
  };

  const allColumns: Record<ColumnKey, TableColumnsType<ProposalListItem>[number]> = {
    number: {
      key: 'number',
      title: t('编号'),
      dataIndex: 'numberLabel',
      width: 100,
      render: (v: string | null) =>
        v ? numberText(v) : <Typography.Text type="secondary">—</Typography.Text>,
      ...sortable('number'),
    },
    title: {
      key: 'title',
      title: t('标题'),
      dataIndex: 'title',
      render: (v: string, r) => (
        <Space size={4} wrap>
          <Link to={`/proposals/${r.proposalId}`} style={{ fontWeight: 500 }}>
            {v}
          </Link>
          {r.isKey && <KeyTag />}
          <OriginTag origin={r.origin} />
        </Space>
      ),
    },
    proposer: {
      key: 'proposer',
      title: t('提案者'),
      dataIndex: 'proposerName',
      width: 150,
      ellipsis: true,
    },
    category: {
      key: 'category',
      title: t('类别'),
      dataIndex: 'categoryName',
      width: 120,
      render: (v: string | null) => v ?? '—',
    },
    state: {
      key: 'state',
      title: t('状态'),
      dataIndex: 'state',
      width: 100,
      render: (s: ProposalState) => <StateTag state={s} />,
    },
    submitted: {
      key: 'submitted',
      title: t('提交时间'),
      dataIndex: 'submittedAt',
      width: 150,
      render: (v: string | null) => fmtDateTime(v),
      ...sortable('submitted'),
    },
    due: {
      key: 'due',
      title: t('答复期限'),
      dataIndex: 'replyDueAt',
      width: 190,
      render: (v: string | null, r) => <DeadlineBadge dueAt={v} countdown={r.replyCountdown} />,
      ...sortable('due'),
    },
    updated: {
      key: 'updated',
      title: t('最近更新'),
      dataIndex: 'updatedAt',
      width: 150,
      render: (v: string) => fmtDateTime(v),
      ...sortable('updated'),
    },
    session: { key: 'session', title: t('会议'), dataIndex: 'sessionCode', width: 90 },
  };

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  const filterBar = (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="filters">
      {filters.includes('q') && (
        <Input.Search
          allowClear
          placeholder={t('按标题搜索')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: phone ? '100%' : 240 }}
          enterButton={<SearchOutlined />}
          aria-label={t('按标题搜索')}
        />
      )}
      {filters.includes('state') && (
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('状态')}
          aria-label={t('状态')}
          style={{ width: phone ? '100%' : 200 }}
          value={params.getAll('state')}
          onChange={(v: string[]) => update({ state: v })}
          options={stateOptions.map((s) => ({ value: s, label: label(STATE_LABELS[s]) }))}
        />
      )}
      {filters.includes('area') && (
        <Select
          allowClear
          placeholder={t('领域')}
          aria-label={t('领域')}
          style={{ width: phone ? '48%' : 140 }}
          value={params.get('area') ?? undefined}
          onChange={(v?: string) => update({ area: v })}
          options={CATEGORY_AREAS.map((a) => ({ value: a, label: label(CATEGORY_AREA_LABELS[a]) }))}
        />
      )}
      {filters.includes('category') && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('类别')}
          aria-label={t('类别')}
          style={{ width: 150 }}
          value={params.get('categoryId') ?? undefined}
          onChange={(v?: string) => update({ categoryId: v })}
          options={(categories.data ?? []).map((c) => ({ value: c.categoryId, label: c.name }))}
        />
      )}
      {filters.includes('origin') && (
        <Select
          allowClear
          placeholder={t('大会/平时')}
          aria-label={t('大会/平时')}
          style={{ width: phone ? '48%' : 120 }}
          value={params.get('origin') ?? undefined}
          onChange={(v?: string) => update({ origin: v })}
          options={PROPOSAL_ORIGINS.map((o) => ({
            value: o,
            label: label(PROPOSAL_ORIGIN_LABELS[o]),
          }))}
        />
      )}
      {filters.includes('isKey') && (
        <Select
          allowClear
          placeholder={t('重点提案')}
          aria-label={t('重点提案')}
          style={{ width: 120 }}
          value={params.get('isKey') ?? undefined}
          onChange={(v?: string) => update({ isKey: v })}
          options={[
            { value: 'true', label: t('重点提案') },
            { value: 'false', label: t('一般提案') },
          ]}
        />
      )}
      {filters.includes('unit') && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('承办单位')}
          aria-label={t('承办单位')}
          style={{ width: 200 }}
          value={params.get('unitId') ?? undefined}
          onChange={(v?: string) => update({ unitId: v })}
          options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
        />
      )}
      {filters.includes('session') && (
        <Select
          allowClear
          placeholder={t('会议')}
          aria-label={t('会议')}
          style={{ width: 220 }}
          value={params.get('sessionId') ?? undefined}
          onChange={(v?: string) => update({ sessionId: v })}
          options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.name }))}
        />
      )}
      {filters.includes('submitted') && (
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('提交日期从'), t('至')]}
          value={[
            params.get('submittedFrom') ? dayjs(params.get('submittedFrom')).tz(TZ) : null,
            params.get('submittedTo') ? dayjs(params.get('submittedTo')).tz(TZ) : null,
          ]}
          onChange={(range) =>
            update({
              submittedFrom: range?.[0]
                ? dayjs.tz(range[0].format('YYYY-MM-DD'), TZ).startOf('day').toISOString()
                : undefined,
              submittedTo: range?.[1]
                ? dayjs.tz(range[1].format('YYYY-MM-DD'), TZ).endOf('day').toISOString()
                : undefined,
            })
          }
        />
      )}
      {filtersActive && (
        <Button
          icon={<ReloadOutlined />}
          onClick={() => update(Object.fromEntries(PARAM_KEYS.map((k) => [k, undefined])))}
        >
          {t('重置')}
        </Button>
      )}
      <div style={{ flex: 1 }} />
      {toolbar}
      <Tooltip title={t('按当前筛选条件导出全部结果（服务器生成）')}>
        <Button
          icon={<DownloadOutlined />}
          href={downloadUrl('/proposals/export.xlsx', exportQuery)}
        >
          {t('导出Excel')}
        </Button>
      </Tooltip>
    </Flex>
  );

  const pager = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n: number) => t('共 {n} 件', { n }),
  };

  if (phone && cardsOnPhone) {
    return (
      <div data-testid={testId}>
        {filterBar}
        {items.length === 0 && !list.isLoading ? (
          <Empty description={emptyText ?? t('暂无提案')} />
        ) : (
          <Flex vertical gap={8}>
            {items.map((r) => (
              <Card key={r.proposalId} size="small" loading={list.isLoading}>
                <Link to={`/proposals/${r.proposalId}`} style={{ fontWeight: 500, fontSize: 15 }}>
                  {r.title}
                </Link>
                <Flex wrap gap={6} align="center" style={{ marginTop: 8 }}>
                  <StateTag state={r.state} />
                  {r.isKey && <KeyTag />}
                  <OriginTag origin={r.origin} />
                  {r.numberLabel && (
                    <Typography.Text type="secondary">{numberText(r.numberLabel)}</Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {r.submittedAt ? fmtDate(r.submittedAt) : t('未提交')}
                  </Typography.Text>
                </Flex>
                {r.replyDueAt && (
                  <div style={{ marginTop: 6 }}>
                    <DeadlineBadge dueAt={r.replyDueAt} countdown={r.replyCountdown} />
                  </div>
                )}
              </Card>
            ))}
          </Flex>
        )}
        <Pagination
          {...pager}
          size="small"
          showSizeChanger={false}
          style={{ marginTop: 12, textAlign: 'center' }}
          onChange={(p) => update({ page: String(p) }, true)}
        />
      </div>
    );
  }

  return (
    <div data-testid={testId}>
      {filterBar}
      {bulk && selected.length > 0 && (
        <Flex
          align="center"
          gap={8}
          wrap
          data-testid="bulk-bar"
          style={{
            marginBottom: 12,
            padding: '8px 12px',
            background: '#fff7e6',
            border: '1px solid #ffd591',
            borderRadius: 6,
          }}
        >
          <span>{t('已选择 {n} 件', { n: selected.length })}</span>
          {bulk(selected, () => setSelected([]))}
          <Button type="link" onClick={() => setSelected([])}>
            {t('取消选择')}
          </Button>
        </Flex>
      )}
      <Table<ProposalListItem>
        rowKey="proposalId"
        size="middle"
        loading={list.isFetching}
        dataSource={items}
        columns={columns.map((c) => allColumns[c])}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={emptyText ?? t('暂无提案')} /> }}
        rowSelection={
          bulk
            ? {
                selectedRowKeys: selected.map((s) => s.proposalId),
                onChange: (_keys, rows) => setSelected(rows),
                preserveSelectedRowKeys: true,
              }
            : undefined
        }
        pagination={pager}
        onChange={(p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.columnKey as ColumnKey | undefined;
          const nextSort = key && s?.order ? SORTS[key]?.[s.order] : undefined;
          const changes: Record<string, string | undefined> = {
            page: String(p.current ?? 1),
            pageSize: String(p.pageSize ?? pageSize),
            sort: nextSort && nextSort !== defaultSort ? nextSort : undefined,
          };
          if ((nextSort ?? defaultSort) !== sort || Number(changes.pageSize) !== pageSize) {
            changes.page = undefined;
          }
          update(changes, true);
        }}
      />
    </div>
  );
}
