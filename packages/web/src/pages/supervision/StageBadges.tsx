import { Space, Tag, Tooltip } from 'antd';
import { SUPERVISION_STAGE_LABELS } from '@jianyan/shared';
import type { StageView } from '../../api/supervision';
import { fmtDate } from '../../components/format';
import { useLabel, useT } from '../../i18n';

/**
 * One stage of a supervised item, coloured as the offices colour deadlines: green while there is
 * time, yellow on its last day or the day before, red once it has passed; done stages say when.
 */
export function StageBadge({ stage }: { stage: StageView }) {
  const t = useT();
  const label = useLabel();
  const name = label(SUPERVISION_STAGE_LABELS[stage.stage]);
  const left = stage.countdown?.workingDaysLeft ?? 0;
  const [color, text] =
    stage.status === 'done'
      ? ['success', t('{stage}：已完成', { stage: name })]
      : stage.status === 'late'
        ? ['orange', t('{stage}：逾期完成', { stage: name })]
        : stage.status === 'overdue'
          ? ['error', t('{stage}：逾期 {n} 个工作日', { stage: name, n: Math.max(-left, 1) })]
          : left <= 0
            ? ['gold', t('{stage}：今日到期', { stage: name })]
            : [
                left <= 1 ? 'gold' : 'green',
                t('{stage}：剩 {n} 个工作日', { stage: name, n: left }),
              ];
  return (
    <Tooltip
      title={
        stage.doneAt
          ? t('期限 {due}，完成于 {done}', {
              due: fmtDate(stage.dueAt),
              done: fmtDate(stage.doneAt),
            })
          : t('期限 {due}', { due: fmtDate(stage.dueAt) })
      }
    >
      <Tag
        color={color}
        data-testid={`stage-${stage.stage}`}
        data-status={stage.status}
        style={{ marginInlineEnd: 0 }}
      >
        {text}
      </Tag>
    </Tooltip>
  );
}

export function StageBadges({ stages }: { stages: StageView[] }) {
  return (
    <Space size={4} wrap>
      {stages.map((s) => (
        <StageBadge key={s.stage} stage={s} />
      ))}
    </Space>
  );
}
