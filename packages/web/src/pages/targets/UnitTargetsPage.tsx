import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS } from '@jianyan/shared';
import { errorText } from '../../api/client';
import { targetApi, useTargets, type ProgressFields, type Target } from '../../api/targets';
import { useUser } from '../../auth/session';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useLabel, useLang, useT } from '../../i18n';
import { KindTag, ProgressLine, TargetDrawer, TargetFigure, UnitsCell } from './TargetParts';

/** The quarterly report's fields: the quarter is the current one (earlier ones are closed). */
function ProgressForm({ quarter }: { quarter: number }) {
  const t = useT();
  const label = useLabel();
  return (
    <>
      <Form.Item name="quarter" label={t('季度')} rules={[{ required: true }]}>
        <Select options={[{ value: quarter, label: t('第{q}季度', { q: quarter }) }]} />
      </Form.Item>
      <Form.Item name="status" label={t('推进情况')} rules={[{ required: true }]}>
        <Select
          options={PROGRESS_STATUSES.map((s) => ({
            value: s,
            label: label(PROGRESS_STATUS_LABELS[s]),
          }))}
        />
      </Form.Item>
      <Form.Item name="percent" label={t('完成比例（%）')}>
        <InputNumber min={0} max={100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="currentValue" label={t('已完成数值')} extra={t('如：2.1万人、4.8%')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="text" label={t('进展情况')} rules={[{ required: true }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
    </>
  );
}

/** Evidence for this quarter's report: checked by the server for type and size. */
function EvidenceUpload({ progressId }: { progressId: string }) {
  const t = useT();
  const lang = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      showUploadList={false}
      customRequest={({ file, onSuccess, onError }) => {
        setBusy(true);
        targetApi
          .addEvidence(progressId, file as Blob)
          .then(async (r) => {
            onSuccess?.(r);
            void message.success(t('佐证材料已上传'));
            await qc.invalidateQueries();
          })
          .catch((e: unknown) => {
            onError?.(e as Error);
            void message.error(errorText(e, lang));
          })
          .finally(() => setBusy(false));
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid="upload-evidence">
        {t('上传佐证材料')}
      </Button>
    </Upload>
  );
}

/**
 * 目标任务 (units): the report's targets given to this unit, with this unit's latest report; the
 * current quarter's progress is written (and corrected) here until the quarter ends.
 */
export function UnitTargetsPage() {
  const t = useT();
  const user = useUser();
  const targets = useTargets();
  const [open, setOpen] = useState<string>();
  const current = targets.data?.currentQuarter;
  const thisQuarter = (x: Target) =>
    current && x.year === current.year ? current.quarter : undefined;
  return (
    <PageCard
      title={t('目标任务')}
      subtitle={t('政府工作报告分解到本单位的目标任务，按季度报送进展并上传佐证材料')}
      testId="unit-targets"
    >
      <Table<Target>
        rowKey="targetId"
        data-testid="unit-target-list"
        loading={targets.isLoading}
        dataSource={targets.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('指标'),
            render: (_, x) => (
              <div>
                <Typography.Link onClick={() => setOpen(x.targetId)}>{x.indicator}</Typography.Link>{' '}
                <KindTag t={x} />
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.sentence}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          { title: t('目标值'), width: 130, render: (_, x) => <TargetFigure t={x} /> },
          { title: t('责任单位'), render: (_, x) => <UnitsCell t={x} /> },
          { title: t('本单位最新进展'), render: (_, x) => <ProgressLine p={x.latestProgress} /> },
          {
            title: t('操作'),
            render: (_, x) => {
              const quarter = thisQuarter(x);
              const mine = x.latestProgress;
              const reported = mine && mine.year === current?.year && mine.quarter === quarter;
              if (!quarter) {
                return <Typography.Text type="secondary">{t('不在报告年度内')}</Typography.Text>;
              }
              return (
                <Space wrap size={4}>
                  <ActionModal<ProgressFields>
                    label={reported ? '修改本季度进展' : '报送本季度进展'}
                    icon={<EditOutlined />}
                    formName={`progress-${x.targetId}`}
                    type={reported ? 'default' : 'primary'}
                    width={640}
                    initialValues={
                      reported
                        ? {
                            quarter,
                            status: mine.status,
                            percent: mine.percent ?? undefined,
                            currentValue: mine.currentValue ?? undefined,
                            text: mine.text,
                          }
                        : { quarter, status: 'on_track' }
                    }
                    fields={<ProgressForm quarter={quarter} />}
                    run={(v) => targetApi.reportProgress(x.targetId, v)}
                    done="进展已报送"
                    testId="report-progress"
                  />
                  {reported && user?.unitId === mine.unitId && (
                    <EvidenceUpload progressId={mine.progressId} />
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <TargetDrawer targetId={open} onClose={() => setOpen(undefined)} />
    </PageCard>
  );
}
