import { EditOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { ProposalState } from '@jianyan/shared';
import { useInvitations, useProposalCount } from '../../api/hooks';
import { PageCard } from '../../components/PageCard';
import { ProposalTable } from '../../components/ProposalTable';
import { useT, type Phrase } from '../../i18n';

const TABS: { key: string; label: Phrase; states?: ProposalState[] }[] = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿', states: ['draft'] },
  { key: 'review', label: '审查中', states: ['submitted'] },
  {
    key: 'handling',
    label: '办理中',
    states: ['registered', 'assigned', 'handling', 'rehandling'],
  },
  { key: 'replied', label: '待评价', states: ['replied'] },
  { key: 'closed', label: '已办结', states: ['closed'] },
  { key: 'other', label: '未立案/撤回/并案', states: ['not_registered', 'withdrawn', 'merged'] },
];

/** The member's (or collective's) proposals, and those they co-signed, by stage. */
export function MyProposalsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x.key === params.get('tab')) ?? TABS[0]!;
  const invitations = useInvitations();
  const drafts = useProposalCount({ state: ['draft'] });
  const replied = useProposalCount({ state: ['replied'] });
  const counts: Record<string, number | undefined> = { draft: drafts.data, replied: replied.data };
  const pending = invitations.data?.length ?? 0;
  return (
    <PageCard
      title={t('我的提案')}
      subtitle={t('本人提出和联名的提案，及其办理进度')}
      testId="my-proposals"
      extra={
        <Link to="/my/new">
          <Button type="primary" icon={<EditOutlined />}>
            {t('撰写提案')}
          </Button>
        </Link>
      }
    >
      {pending > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('您有 {n} 个联名邀请待确认', { n: pending })}
          action={
            <Link to="/my/invitations">
              <Button size="small">{t('去处理')}</Button>
            </Link>
          }
        />
      )}
      <Tabs
        activeKey={tab.key}
        onChange={(k) => setParams(k === 'all' ? {} : { tab: k }, { replace: true })}
        items={TABS.map((x) => ({
          key: x.key,
          label: (
            <span>
              {t(x.label)}
              {counts[x.key] ? (
                <Badge count={counts[x.key]} size="small" style={{ marginInlineStart: 6 }} />
              ) : null}
            </span>
          ),
        }))}
      />
      <ProposalTable
        key={tab.key}
        testId="my-list"
        preset={tab.states ? { state: tab.states } : {}}
        filters={['q']}
        columns={['number', 'title', 'category', 'state', 'submitted', 'due']}
        defaultSort="updated_desc"
        cardsOnPhone
        emptyText={t('暂无提案，点击“撰写提案”开始')}
      />
    </PageCard>
  );
}
