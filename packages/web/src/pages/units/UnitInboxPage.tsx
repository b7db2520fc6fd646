import { Badge, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { ProposalState } from '@jianyan/shared';
import { useProposalCount } from '../../api/hooks';
import { useUser } from '../../auth/session';
import { PageCard } from '../../components/PageCard';
import { ProposalTable } from '../../components/ProposalTable';
import { useT, type Phrase } from '../../i18n';

const TABS: { key: string; label: Phrase; states?: ProposalState[] }[] = [
  { key: 'todo', label: '待签收', states: ['assigned'] },
  { key: 'handling', label: '办理中', states: ['handling', 'rehandling'] },
  { key: 'replied', label: '已答复', states: ['replied'] },
  { key: 'closed', label: '已办结', states: ['closed'] },
  { key: 'all', label: '全部' },
];

/** The unit's inbox: assigned proposals with the days left to reply, nearest deadline first. */
export function UnitInboxPage() {
  const t = useT();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((x) => x.key === params.get('tab')) ?? TABS[0]!;
  const todo = useProposalCount({ state: ['assigned'] });
  const handling = useProposalCount({ state: ['handling', 'rehandling'] });
  const counts: Record<string, number | undefined> = { todo: todo.data, handling: handling.data };
  return (
    <PageCard
      title={t('承办提案')}
      subtitle={
        user.role === 'unit_leader'
          ? t('本单位承办的提案。经办人起草的答复在“办理中”的提案页面签发。')
          : t('本单位承办的提案：签收、与提案者沟通、起草答复，按期答复。')
      }
      testId="unit-inbox"
    >
      <Tabs
        activeKey={tab.key}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
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
        testId="unit-list"
        preset={tab.states ? { state: tab.states } : {}}
        filters={['q', 'area', 'isKey']}
        columns={['number', 'title', 'proposer', 'category', 'state', 'due']}
        defaultSort="due_asc"
        emptyText={t('暂无提案')}
      />
    </PageCard>
  );
}
