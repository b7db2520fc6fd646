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
  type FormInstance,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS } from '@jianyan/shared';
import { errorText } from '../../api/client';
import {
  targetApi,
  useTargets,
  type ProgressFields,
  type ReportableQuarter,
  type Target,
} from '../../api/targets';
import { fmtDate } from '../../components/format';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useLabel, useLang, useT } from '../../i18n';
import { IndicatorCell, ProgressLine, TargetDrawer, TargetFigure, UnitsCell } from './TargetParts';

/** The form's values for a quarter: that quarter's report when the unit has written it. */
const valuesFor = (o: ReportableQuarter): Partial<ProgressFields> => ({
  quarter: o.quarter,
  status: o.report?.status ?? 'on_track',
  percent: o.report?.percent ?? undefined,
  currentValue: o.report?.currentValue ?? undefined,
  text: o.report?.text,
});

/** The quarter the form opens on: the earliest open one still missing a report, else the latest. */
const defaultQuarter = (open: ReportableQuarter[]) =>
  open.find((o) => !o.report) ?? open[open.length - 1]!;

/**
 * The quarterly report's fields. Every open quarter can be picked (in January the previous year's
 * fourth is still open); picking one loads the unit's report for it, if any.
 */
function ProgressForm({
  open,
  form,
}: {
  open: ReportableQuarter[];
  form: FormInstance<ProgressFields>;
}) {
  const t = useT();
  const label = useLabel();
  return (
    <>
      <Form.Item name="quarter" label={t('季度')} rules={[{ required: true }]}>
        <Select
          options={open.map((o) => ({
            value: o.quarter,
            label: t('{y}年第{q}季度（{date}截止）', {
              y: o.year,
              q: o.quarter,
              date: fmtDate(o.closesAt),
            }),
          }))}
          onChange={(quarter: number) => {
            const chosen = open.find((o) => o.quarter === quarter);
            if (chosen) {
              form.setFieldsValue(valuesFor(chosen));
            }
          }}
        />
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

/** Evidence for an open quarter's report: checked by the server for type and size. */
function EvidenceUpload({ progressId, label }: { progressId: string; label: string }) {
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
        {label}
      </Button>
    </Upload>
  );
}

/**
 * 目标任务 (units): the report's targets given to this unit, with this unit's latest report; each
 * open quarter's progress is written (and corrected) here until its reporting window closes.
 */
export function UnitTargetsPage() {
  const t = useT();
  const targets = useTargets();
  const [open, setOpen] = useState<string>();
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
            render: (_, x) => <IndicatorCell t={x} onOpen={() => setOpen(x.targetId)} />,
          },
          { title: t('目标值'), width: 130, render: (_, x) => <TargetFigure t={x} /> },
          { title: t('责任单位'), render: (_, x) => <UnitsCell t={x} /> },
          { title: t('本单位最新进展'), render: (_, x) => <ProgressLine p={x.latestProgress} /> },
          {
            title: t('操作'),
            render: (_, x) => {
              if (x.openQuarters.length === 0) {
                return <Typography.Text type="secondary">{t('不在报送期内')}</Typography.Text>;
              }
              const first = defaultQuarter(x.openQuarters);
              const reported = x.openQuarters.filter((o) => o.report);
              return (
                <Space direction="vertical" size={4}>
                  <Space wrap size={4}>
                    <ActionModal<ProgressFields>
                      label={first.report ? '修改季度进展' : '报送季度进展'}
                      icon={<EditOutlined />}
                      formName={`progress-${x.targetId}`}
                      type={first.report ? 'default' : 'primary'}
                      width={640}
                      initialValues={valuesFor(first)}
                      fields={(form) => <ProgressForm open={x.openQuarters} form={form} />}
                      run={(v) => targetApi.reportProgress(x.targetId, v)}
                      done="进展已报送"
                      testId="report-progress"
                    />
                    {reported.map((o) => (
                      <EvidenceUpload
                        key={o.quarter}
                        progressId={o.report!.progressId}
                        label={
                          reported.length > 1
                            ? t('上传第{q}季度佐证材料', { q: o.quarter })
                            : t('上传佐证材料')
                        }
                      />
                    ))}
                  </Space>
                  <Typography.Text
                    type="secondary"
                    style={{ fontSize: 12 }}
                    data-testid="quarter-closes"
                  >
                    {x.openQuarters.map((o) => (
                      <div key={o.quarter}>
                        {t('{y}年第{q}季度{date}截止', {
                          y: o.year,
                          q: o.quarter,
                          date: fmtDate(o.closesAt),
                        })}
                      </div>
                    ))}
                  </Typography.Text>
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
