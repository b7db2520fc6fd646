import { AuditOutlined } from '@ant-design/icons';
import { Checkbox, Form } from 'antd';
import { api } from '../../api/client';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { ProposalTable } from '../../components/ProposalTable';
import { useT } from '../../i18n';
import { CategorySelect } from '../proposal/ProposalActions';

/** 审查立案: submitted proposals, oldest first; each opens to its review page, or many are registered at once. */
export function ReviewQueuePage() {
  const t = useT();
  return (
    <PageCard
      title={t('审查立案')}
      subtitle={t('对已提交的提案进行审查：立案、退回修改、不予立案或并案。可勾选多件批量立案。')}
      testId="review-queue"
    >
      <ProposalTable
        testId="review-list"
        preset={{ state: 'submitted' }}
        filters={['q', 'area', 'origin', 'submitted']}
        columns={['title', 'proposer', 'category', 'submitted', 'state']}
        defaultSort="submitted_asc"
        emptyText={t('没有待审查的提案')}
        bulk={(selected, clear) => (
          <ActionModal<{ categoryId: string; isKey?: boolean }>
            label="批量立案"
            title="批量立案（设置类别）"
            type="primary"
            icon={<AuditOutlined />}
            intro={t(
              '将选中的 {n} 件提案按同一类别立案，系统依次编号；任何一件不能立案则全部不立案。',
              {
                n: selected.length,
              },
            )}
            initialValues={{ isKey: false }}
            fields={
              <>
                <Form.Item
                  name="categoryId"
                  label={t('类别')}
                  rules={[{ required: true, message: t('请选择类别') }]}
                >
                  <CategorySelect />
                </Form.Item>
                <Form.Item name="isKey" valuePropName="checked">
                  <Checkbox>{t('列为重点提案')}</Checkbox>
                </Form.Item>
              </>
            }
            run={async (v) => {
              await api.post('/review/register-many', {
                proposalIds: selected.map((s) => s.proposalId),
                categoryId: v.categoryId,
                isKey: Boolean(v.isKey),
              });
              clear();
            }}
            done="已批量立案"
            testId="bulk-register"
          />
        )}
      />
    </PageCard>
  );
}
