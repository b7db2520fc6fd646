import { Tag } from 'antd';
import { STATE_LABELS, type ProposalState } from '@jianyan/shared';
import { useLabel } from '../../i18n';

const COLORS: Record<ProposalState, string> = {
  draft: 'default',
  submitted: 'blue',
  withdrawn: 'default',
  registered: 'cyan',
  not_registered: 'volcano',
  merged: 'purple',
  assigned: 'geekblue',
  handling: 'orange',
  replied: 'gold',
  rehandling: 'red',
  closed: 'green',
};

export function StateTag({ state }: { state: ProposalState }) {
  const label = useLabel();
  return <Tag color={COLORS[state]}>{label(STATE_LABELS[state])}</Tag>;
}
