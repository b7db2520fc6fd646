import { PaperClipOutlined } from '@ant-design/icons';
import { Descriptions, Drawer, Empty, List, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  PROGRESS_STATUS_LABELS,
  TARGET_COMPARISON_LABELS,
  TARGET_KIND_LABELS,
  TARGET_STATUS_LABELS,
  type ProgressStatus,
  type TargetStatus,
} from '@jianyan/shared';
import { downloadUrl } from '../../api/client';
import { useTarget, type Target, type TargetProgress } from '../../api/targets';
import { Loading } from '../../components/Loading';
import { fmtBytes, fmtDateTime } from '../../components/format';
import { useLabel, useT } from '../../i18n';

const STATUS_COLORS: Record<TargetStatus, string> = {
  extracted: 'gold',
  confirmed: 'green',
  rejected: 'default',
};
const PROGRESS_COLORS: Record<ProgressStatus, string> = {
  on_track: 'blue',
  at_risk: 'orange',
  achieved: 'green',
  not_achieved: 'red',
};

/** A target's indicator (opens its details), its kind and the report's sentence beneath. */
export function IndicatorCell({
  t,
  onOpen,
}: {
  t: Pick<Target, 'indicator' | 'kind' | 'sentence'>;
  onOpen: () => void;
}) {
  return (
    <div>
      <Typography.Link onClick={onOpen} data-testid="target-indicator">
        {t.indicator}
      </Typography.Link>{' '}
      <KindTag t={t} />
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.sentence}
        </Typography.Text>
      </div>
    </div>
  );
}

/** "3.5万人" with how it binds (以上, 左右…), as the report prints it. */
export function TargetFigure({ t }: { t: Pick<Target, 'quantity' | 'unit' | 'comparison'> }) {
  const label = useLabel();
  return (
    <span data-testid="target-figure">
      {t.quantity}
      {t.unit}
      {t.comparison !== 'exactly' && ` ${label(TARGET_COMPARISON_LABELS[t.comparison])}`}
    </span>
  );
}

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const label = useLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="target-status">
      {label(TARGET_STATUS_LABELS[status])}
    </Tag>
  );
}

export function ProgressStatusTag({ status }: { status: ProgressStatus }) {
  const label = useLabel();
  return (
    <Tag color={PROGRESS_COLORS[status]} data-testid="progress-status">
      {label(PROGRESS_STATUS_LABELS[status])}
    </Tag>
  );
}

export function KindTag({ t }: { t: Pick<Target, 'kind'> }) {
  const label = useLabel();
  return t.kind === 'pledge' ? <Tag color="purple">{label(TARGET_KIND_LABELS.pledge)}</Tag> : null;
}

/** The units of a target, the lead one marked. */
export function UnitsCell({ t }: { t: Pick<Target, 'units'> }) {
  const tr = useT();
  if (!t.units.length) {
    return <Typography.Text type="secondary">{tr('未分解')}</Typography.Text>;
  }
  return (
    <Space size={4} wrap data-testid="target-units">
      {t.units.map((u) => (
        <Tag key={u.unitId} color={u.isLead ? 'blue' : undefined}>
          {u.isLead ? `${u.name}（${tr('牵头')}）` : u.name}
        </Tag>
      ))}
    </Space>
  );
}

/** A quarter's progress in one line: quarter, status, percent. */
export function ProgressLine({ p }: { p: TargetProgress | null }) {
  const t = useT();
  if (!p) {
    return <Typography.Text type="secondary">{t('尚未报送')}</Typography.Text>;
  }
  return (
    <div data-testid="latest-progress" style={{ minWidth: 160 }}>
      <Space size={4}>
        <span>{t('{y}年第{q}季度', { y: p.year, q: p.quarter })}</span>
        <ProgressStatusTag status={p.status} />
      </Space>
      {p.percent !== null && <Progress percent={p.percent} size="small" />}
    </div>
  );
}

/** A target's whole record: the report's sentence, units, every progress report, proposals. */
export function TargetDrawer({ targetId, onClose }: { targetId?: string; onClose: () => void }) {
  const t = useT();
  const target = useTarget(targetId);
  const d = target.data;
  return (
    <Drawer
      open={!!targetId}
      onClose={onClose}
      width={640}
      title={d?.indicator ?? t('目标任务')}
      destroyOnHidden
    >
      {!d ? (
        <Loading />
      ) : (
        <div data-testid="target-detail">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('目标值')}>
              <TargetFigure t={d} /> <KindTag t={d} />
            </Descriptions.Item>
            <Descriptions.Item label={t('报告原文')}>{d.sentence}</Descriptions.Item>
            <Descriptions.Item label={t('责任单位')}>
              <UnitsCell t={d} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('进展情况')}
          </Typography.Title>
          {d.progress.length === 0 ? (
            <Empty description={t('尚未报送')} />
          ) : (
            <List
              data-testid="progress-list"
              dataSource={d.progress}
              renderItem={(p) => (
                <List.Item>
                  <div style={{ width: '100%' }}>
                    <Space wrap>
                      <strong>{t('{y}年第{q}季度', { y: p.year, q: p.quarter })}</strong>
                      <span>{p.unitName}</span>
                      <ProgressStatusTag status={p.status} />
                      {p.currentValue && <span>{t('已完成：{v}', { v: p.currentValue })}</span>}
                    </Space>
                    {p.percent !== null && <Progress percent={p.percent} size="small" />}
                    <div style={{ whiteSpace: 'pre-wrap' }}>{p.text}</div>
                    {p.evidence.map((e) => (
                      <div key={e.evidenceId}>
                        <a href={downloadUrl(`/target-evidence/${e.evidenceId}`)}>
                          <PaperClipOutlined /> {e.filename}
                        </a>{' '}
                        <Typography.Text type="secondary">{fmtBytes(e.sizeBytes)}</Typography.Text>
                      </div>
                    ))}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {p.reportedByName} · {fmtDateTime(p.updatedAt)}
                    </Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          )}
          {d.proposals.length > 0 && (
            <>
              <Typography.Title level={5}>{t('就此提出的建议')}</Typography.Title>
              <List
                dataSource={d.proposals}
                renderItem={(p) => (
                  <List.Item>
                    <Link to={`/proposals/${p.proposalId}`}>{p.title}</Link>
                  </List.Item>
                )}
              />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
