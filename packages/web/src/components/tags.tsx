import { Tag, Tooltip } from 'antd';
import {
  PROPOSAL_ORIGIN_LABELS,
  STATE_LABELS,
  type ProposalOrigin,
  type ProposalState,
} from '@jianyan/shared';
import { useLabel, useT } from '../i18n';

const STATE_COLORS: Record<ProposalState, string> = {
  draft: 'default',
  submitted: 'processing',
  withdrawn: 'default',
  registered: 'cyan',
  not_registered: 'volcano',
  merged: 'purple',
  assigned: 'geekblue',
  handling: 'orange',
  replied: 'gold',
  rehandling: 'magenta',
  closed: 'success',
};

/** A proposal's state, named as the shared lifecycle table names it. */
export function StateTag({ state }: { state: ProposalState }) {
  const label = useLabel();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="state-tag" style={{ marginInlineEnd: 0 }}>
      {label(STATE_LABELS[state])}
    </Tag>
  );
}

export function KeyTag() {
  const t = useT();
  return <Tag color="red">{t('重点')}</Tag>;
}

export function OriginTag({ origin }: { origin: ProposalOrigin }) {
  const label = useLabel();
  const t = useT();
  return origin === 'interim' ? (
    <Tooltip title={t('截止时间后提交的提案，单独编号，办理程序相同')}>
      <Tag color="blue">{label(PROPOSAL_ORIGIN_LABELS.interim)}</Tag>
    </Tooltip>
  ) : null;
}
