import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Empty, Segmented, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { TargetStatus } from '@jianyan/shared';
import {
  targetApi,
  useTargets,
  useWorkReports,
  type Target,
  type TargetFields,
} from '../../api/targets';
import { ActionModal, ConfirmAction } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useT, type Phrase } from '../../i18n';
import { AssignUnitsForm, assignValuesOf, unitsOf, type AssignValues } from './AssignUnitsForm';
import { ImportReport } from './ImportReport';
import { TargetFieldsForm } from './TargetFieldsForm';
import {
  KindTag,
  ProgressLine,
  TargetDrawer,
  TargetFigure,
  TargetStatusTag,
  UnitsCell,
} from './TargetParts';

const FILTERS: [TargetStatus | 'all', Phrase][] = [
  ['extracted', '待审核'],
  ['confirmed', '已确认'],
  ['rejected', '已排除'],
  ['all', '全部'],
];

const fieldsOf = (t: Target): TargetFields => ({
  kind: t.kind,
  indicator: t.indicator,
  quantity: t.quantity,
  unit: t.unit,
  comparison: t.comparison,
  sentence: t.sentence,
});

/**
 * 政府工作报告目标 (staff and leaders): import the year's report, review what the extractor read
 * (confirm, correct, reject, add what it missed), and give confirmed targets to units.
 */
export function TargetsReviewPage() {
  const t = useT();
  const reports = useWorkReports();
  const [picked, setPicked] = useState<string>();
  const [filter, setFilter] = useState<TargetStatus | 'all'>('extracted');
  const [open, setOpen] = useState<string>();
  const reportId = picked ?? reports.data?.items[0]?.reportId;
  const targets = useTargets({ reportId, status: filter === 'all' ? undefined : filter });
  const report = reports.data?.items.find((r) => r.reportId === reportId);
  return (
    <PageCard
      title={t('政府工作报告目标')}
      subtitle={t('导入政府工作报告，审核抽取的目标任务，分解到责任单位并跟踪进展')}
      testId="targets-review"
      extra={<ImportReport onImported={setPicked} />}
    >
      {!reports.data?.items.length ? (
        <Empty description={t('尚未导入政府工作报告')} />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Select
              aria-label={t('报告')}
              value={reportId}
              onChange={setPicked}
              style={{ minWidth: 280 }}
              options={reports.data.items.map((r) => ({
                value: r.reportId,
                label: `${r.year} · ${r.title}`,
              }))}
            />
            <Segmented
              value={filter}
              onChange={(v) => setFilter(v)}
              options={FILTERS.map(([value, label]) => ({
                value,
                label: value === 'all' ? t(label) : `${t(label)} ${report?.counts[value] ?? 0}`,
              }))}
            />
            {reportId && (
              <ActionModal<TargetFields>
                label="补充目标"
                icon={<PlusOutlined />}
                width={640}
                initialValues={{ kind: 'target', comparison: 'at_least' }}
                fields={<TargetFieldsForm />}
                run={(v) => targetApi.add(reportId, v)}
                done="已补充"
                testId="add-target"
              />
            )}
          </Space>
          <Table<Target>
            rowKey="targetId"
            data-testid="target-list"
            loading={targets.isLoading}
            dataSource={targets.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            // A fixed layout keeps the report's long sentences to one line (ellipsis, full text
            // on hover) instead of widening the table past the page.
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            columns={[
              {
                title: t('指标'),
                render: (_, x) => (
                  <div>
                    <Typography.Link
                      onClick={() => setOpen(x.targetId)}
                      data-testid="target-indicator"
                    >
                      {x.indicator}
                    </Typography.Link>{' '}
                    <KindTag t={x} />
                    <div>
                      <Typography.Text
                        type="secondary"
                        style={{ fontSize: 12 }}
                        ellipsis={{ tooltip: x.sentence }}
                      >
                        {x.sentence}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('目标值'), width: 130, render: (_, x) => <TargetFigure t={x} /> },
              {
                title: t('状态'),
                width: 90,
                render: (_, x) => <TargetStatusTag status={x.status} />,
              },
              { title: t('责任单位'), width: 170, render: (_, x) => <UnitsCell t={x} /> },
              {
                title: t('最新进展'),
                width: 200,
                render: (_, x) => <ProgressLine p={x.latestProgress} />,
              },
              {
                title: t('操作'),
                width: 220,
                render: (_, x) => (
                  <Space wrap size={4}>
                    {x.status !== 'confirmed' && (
                      <ConfirmAction
                        label="确认"
                        title="确认目标"
                        icon={<CheckOutlined />}
                        type="primary"
                        run={() => targetApi.confirm(x.targetId)}
                        done="已确认"
                        testId="confirm-target"
                      />
                    )}
                    {x.status !== 'rejected' && x.units.length === 0 && (
                      <ConfirmAction
                        label="排除"
                        title="排除目标"
                        icon={<CloseOutlined />}
                        content={t('排除后该项不再列入督办，可随时重新确认。')}
                        run={() => targetApi.reject(x.targetId)}
                        done="已排除"
                      />
                    )}
                    <ActionModal<TargetFields>
                      label="修改"
                      title="修改目标"
                      formName={`edit-${x.targetId}`}
                      width={640}
                      initialValues={fieldsOf(x)}
                      fields={<TargetFieldsForm />}
                      run={(v) => targetApi.edit(x.targetId, v)}
                      done="已保存"
                    />
                    {x.status === 'confirmed' && (
                      <ActionModal<AssignValues>
                        label="分解"
                        title="分解到责任单位"
                        formName={`assign-${x.targetId}`}
                        initialValues={assignValuesOf(x)}
                        fields={<AssignUnitsForm />}
                        run={(v) => targetApi.assign(x.targetId, unitsOf(v))}
                        mapField={() => 'lead'}
                        done="已分解"
                        testId="assign-target"
                      />
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      <TargetDrawer targetId={open} onClose={() => setOpen(undefined)} />
    </PageCard>
  );
}
