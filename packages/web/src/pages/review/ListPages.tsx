import { PageCard } from '../../components/PageCard';
import { ProposalTable } from '../../components/ProposalTable';
import { useT } from '../../i18n';

/** Every proposal of the body, with every filter. */
export function AllProposalsPage() {
  const t = useT();
  return (
    <PageCard
      title={t('全部提案')}
      subtitle={t('本机构的全部提案，可按状态、领域、类别、承办单位等筛选并导出')}
      testId="all-proposals"
    >
      <ProposalTable
        testId="all-list"
        filters={[
          'q',
          'state',
          'area',
          'category',
          'unit',
          'origin',
          'isKey',
          'session',
          'submitted',
        ]}
        columns={['number', 'title', 'proposer', 'category', 'state', 'submitted', 'due']}
      />
    </PageCard>
  );
}

/** Proposals past their reply deadline and not yet replied. */
export function OverduePage() {
  const t = useT();
  return (
    <PageCard
      title={t('逾期提醒')}
      subtitle={t('已超过答复期限仍未答复的提案，按逾期时间排列')}
      testId="overdue"
    >
      <ProposalTable
        testId="overdue-list"
        preset={{ overdue: 'true' }}
        filters={['q', 'area', 'unit', 'isKey']}
        columns={['number', 'title', 'proposer', 'state', 'due']}
        defaultSort="due_asc"
        emptyText={t('没有逾期的提案')}
      />
    </PageCard>
  );
}

/** 重点提案: the ones leaders follow, with their supervision notes on each proposal's page. */
export function KeyProposalsPage() {
  const t = useT();
  return (
    <PageCard
      title={t('重点提案督办')}
      subtitle={t('主席会议确定的重点提案，打开提案可查看办理进度和填写督办意见')}
      testId="key-proposals"
    >
      <ProposalTable
        testId="key-list"
        preset={{ isKey: 'true' }}
        filters={['q', 'state', 'area', 'unit']}
        columns={['number', 'title', 'proposer', 'category', 'state', 'due']}
        defaultSort="number_asc"
        emptyText={t('暂无重点提案')}
      />
    </PageCard>
  );
}
