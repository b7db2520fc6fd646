import { Button, Drawer, Empty, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { SUPERVISION_RATING_LABELS } from '@jianyan/shared';
import { useSupervisedItems, type SupervisedItem } from '../../api/supervision';
import { fmtDate, numberText } from '../../components/format';
import { useLabel, useT } from '../../i18n';
import { ItemDetail } from './ItemDetail';
import { StageBadges } from './StageBadges';

type Filter = 'open' | 'closed' | 'all';

/** The supervised items the caller sees, with stage countdowns; a row opens its detail. */
export function SupervisedItemsTable({ manage }: { manage: boolean }) {
  const t = useT();
  const label = useLabel();
  const [filter, setFilter] = useState<Filter>('open');
  const [openId, setOpenId] = useState<string>();
  const items = useSupervisedItems(filter === 'all' ? undefined : filter);
  return (
    <>
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        style={{ marginBottom: 12 }}
        data-testid="supervision-filter"
        options={[
          { value: 'open', label: t('办理中') },
          { value: 'closed', label: t('已办结') },
          { value: 'all', label: t('全部') },
        ]}
      />
      <Table<SupervisedItem>
        rowKey="itemId"
        data-testid="supervision-list"
        loading={items.isLoading}
        dataSource={items.data ?? []}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('没有督办事项')} /> }}
        columns={[
          {
            title: t('事项'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <span>
                {r.kind === 'proposal' && <Tag color="red">{t('重点提案')}</Tag>}
                {r.major && <Tag color="purple">{t('重大')}</Tag>}
                {r.proposalNumber && `${numberText(r.proposalNumber)} `}
                {v}
              </span>
            ),
          },
          {
            title: t('承办单位'),
            key: 'units',
            width: 160,
            render: (_: unknown, r) => r.units.map((u) => u.name).join('、'),
          },
          ...(manage
            ? [
                {
                  title: t('督办领导'),
                  key: 'leader',
                  width: 110,
                  render: (_: unknown, r: SupervisedItem) => r.leaderName ?? '—',
                },
              ]
            : []),
          { title: t('交办时间'), dataIndex: 'assignedAt', width: 110, render: fmtDate },
          {
            title: t('阶段时限'),
            key: 'stages',
            width: 360,
            render: (_: unknown, r) => <StageBadges stages={r.stages} />,
          },
          {
            title: t('状态'),
            key: 'state',
            width: 120,
            render: (_: unknown, r) =>
              r.state === 'open' ? (
                <Tag color="processing">{r.round > 1 ? t('退回重办') : t('办理中')}</Tag>
              ) : r.rating ? (
                <Tag color={r.rating === 'fail' ? 'error' : 'success'}>
                  {label(SUPERVISION_RATING_LABELS[r.rating])}
                </Tag>
              ) : (
                <Tag color="success">{t('已办结待评价')}</Tag>
              ),
          },
          {
            title: t('操作'),
            key: 'open',
            width: 90,
            render: (_: unknown, r) => (
              <Button size="small" onClick={() => setOpenId(r.itemId)} data-testid="open-item">
                {manage ? t('督办') : t('办理')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={Boolean(openId)}
        onClose={() => setOpenId(undefined)}
        size={640}
        title={t('督办事项')}
        destroyOnHidden
      >
        {openId && <ItemDetail itemId={openId} manage={manage} />}
      </Drawer>
    </>
  );
}
