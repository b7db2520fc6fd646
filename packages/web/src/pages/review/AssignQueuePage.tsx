import { SendOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { ProposalTable } from '../../components/ProposalTable';
import { useT } from '../../i18n';
import {
  ASSIGN_DEFAULTS,
  AssignFields,
  assignFieldMapper,
  unitsFromValues,
  type AssignValues,
} from '../proposal/AssignFields';

/** 交办: registered proposals waiting for their units; one at a time, or many to the same units. */
export function AssignQueuePage() {
  const t = useT();
  return (
    <PageCard
      title={t('交办')}
      subtitle={t('已立案待交办的提案。按类别筛选后可勾选多件，一并交办给相同的承办单位。')}
      testId="assign-queue"
    >
      <ProposalTable
        testId="assign-list"
        preset={{ state: 'registered' }}
        filters={['q', 'area', 'category', 'isKey', 'origin']}
        columns={['number', 'title', 'proposer', 'category', 'updated']}
        defaultSort="number_asc"
        emptyText={t('没有待交办的提案')}
        bulk={(selected, clear) => (
          <ActionModal<AssignValues>
            label="批量交办"
            title="批量交办承办单位"
            type="primary"
            icon={<SendOutlined />}
            width={640}
            intro={t('选中的 {n} 件提案将交由相同的承办单位办理。', { n: selected.length })}
            initialValues={ASSIGN_DEFAULTS}
            fields={(form) => <AssignFields form={form} />}
            mapField={assignFieldMapper}
            run={async (v) => {
              await api.post('/assignments/assign-many', {
                proposalIds: selected.map((s) => s.proposalId),
                units: unitsFromValues(v),
              });
              clear();
            }}
            done="已批量交办"
            testId="bulk-assign"
          />
        )}
      />
    </PageCard>
  );
}
