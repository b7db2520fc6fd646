import { BulbOutlined } from '@ant-design/icons';
import { Space, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { targetApi, useTargets, type Target } from '../../api/targets';
import { ConfirmAction } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';
import { IndicatorCell, ProgressLine, TargetDrawer, TargetFigure, UnitsCell } from './TargetParts';

/**
 * 目标任务跟踪 (members and deputies): the confirmed targets of the government work report, who
 * delivers them and how far they are; 就此提建议 starts a proposal about one, as the member's draft.
 */
export function FollowTargetsPage() {
  const t = useT();
  const navigate = useNavigate();
  const targets = useTargets();
  const [open, setOpen] = useState<string>();
  return (
    <PageCard
      title={t('目标任务跟踪')}
      subtitle={t('政府工作报告确定的目标任务及责任单位报送的进展；可就某项目标提出建议')}
      testId="follow-targets"
    >
      <Table<Target>
        rowKey="targetId"
        data-testid="follow-target-list"
        loading={targets.isLoading}
        dataSource={targets.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('指标'),
            render: (_, x) => <IndicatorCell t={x} onOpen={() => setOpen(x.targetId)} />,
          },
          { title: t('目标值'), width: 130, render: (_, x) => <TargetFigure t={x} /> },
          { title: t('责任单位'), render: (_, x) => <UnitsCell t={x} /> },
          { title: t('最新进展'), render: (_, x) => <ProgressLine p={x.latestProgress} /> },
          {
            title: t('操作'),
            render: (_, x) => (
              <Space>
                <ConfirmAction
                  label="就此提建议"
                  title="就此提建议"
                  icon={<BulbOutlined />}
                  content={t(
                    '将以该目标的报告原文和最新进展生成一件提案草稿，您可继续修改后提交。',
                  )}
                  run={async () => {
                    const r = await targetApi.raiseProposal(x.targetId);
                    void navigate(`/proposals/${r.proposalId}/edit`);
                  }}
                  done="已生成提案草稿"
                  testId="raise-proposal"
                />
              </Space>
            ),
          },
        ]}
      />
      <TargetDrawer targetId={open} onClose={() => setOpen(undefined)} />
    </PageCard>
  );
}
