import { Form, Input, Select } from 'antd';
import type { Session } from '../../api/types';
import type { Speech, SpeechInput } from '../../api/speeches';
import { useT } from '../../i18n';

export type SpeechValues = SpeechInput & { sessionId?: string };

/** The form values of an existing speech. */
export const valuesOf = (s: Speech): SpeechValues => ({
  title: s.titleLines[0] ?? '',
  subtitle: s.titleLines[1] ?? '',
  affiliation: s.affiliation ?? '',
  deliveredBy: s.deliveredBy ?? '',
  problem: s.problem,
  suggestions: s.suggestions,
});

/**
 * A speech's fields: the session (new speeches only), the two title lines the digest prints, who
 * speaks (a member's standing, or who delivers a collective's speech), the problem and the
 * suggestions.
 */
export function SpeechFields({
  sessions,
  collective,
}: {
  sessions?: Session[];
  collective: boolean;
}) {
  const t = useT();
  return (
    <>
      {sessions && (
        <Form.Item name="sessionId" label={t('会议')} rules={[{ required: true }]}>
          <Select options={sessions.map((s) => ({ value: s.sessionId, label: s.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('主标题')}
        rules={[{ required: true, message: t('请填写标题') }]}
        extra={t('发言摘编中标题分两行排印：主标题和副标题')}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="subtitle" label={t('副标题')}>
        <Input maxLength={60} />
      </Form.Item>
      {collective ? (
        <Form.Item name="deliveredBy" label={t('发言人')}>
          <Input maxLength={50} />
        </Form.Item>
      ) : (
        <Form.Item name="affiliation" label={t('身份')} extra={t('如：市政协委员、市政协常委')}>
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Form.Item name="problem" label={t('问题')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="suggestions" label={t('建议')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </>
  );
}
