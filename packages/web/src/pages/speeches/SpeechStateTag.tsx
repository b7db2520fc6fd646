import { Tag } from 'antd';
import { SPEECH_STATE_LABELS, type SpeechState } from '@jianyan/shared';
import { useLabel } from '../../i18n';

const COLORS: Record<SpeechState, string> = {
  draft: 'default',
  submitted: 'processing',
  selected: 'success',
  not_selected: 'warning',
};

export function SpeechStateTag({ state }: { state: SpeechState }) {
  const label = useLabel();
  return (
    <Tag color={COLORS[state]} data-testid="speech-state">
      {label(SPEECH_STATE_LABELS[state])}
    </Tag>
  );
}
