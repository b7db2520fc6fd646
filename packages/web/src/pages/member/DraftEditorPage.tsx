import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { get, post } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { showApiErrors } from '../common/form-errors';

interface Session {
  sessionId: string;
  name: string;
  submissionDeadline: string;
}

/** A member drafts a proposal: title, 案由, 建议, category, and the co-signers to invite. */
export function DraftEditorPage() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [userQuery, setUserQuery] = useState('');
  const sessions = useQuery({ queryKey: ['sessions'], queryFn: () => get<Session[]>('/sessions') });
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => get<{ categoryId: string; name: string }[]>('/categories'),
  });
  const people = useQuery({
    queryKey: ['proposers', userQuery],
    queryFn: () =>
      get<{ userId: string; displayName: string; sector: string | null }[]>(
        `/users?q=${encodeURIComponent(userQuery)}`,
      ),
  });
  const create = useMutation({
    mutationFn: (v: Record<string, unknown>) => post<{ proposalId: string }>('/proposals', v),
    onSuccess: (p) => void navigate(`/proposals/${p.proposalId}`),
    onError: (e) => setError(showApiErrors(form, e, lang)),
  });
  const latest = sessions.data?.at(-1);
  // Preselect the current session once the list arrives.
  useEffect(() => {
    if (latest && !form.getFieldValue('sessionId')) {
      form.setFieldValue('sessionId', latest.sessionId);
    }
  }, [latest, form]);
  return (
    <Card title={t('newProposal')} data-testid="draft-editor">
      {error && <Alert type="error" message={error} style={{ marginBottom: 12 }} />}
      {latest && new Date(latest.submissionDeadline) < new Date() && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="大会提交截止时间已过，现在提交的将作为平时提案办理。"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ sessionId: latest?.sessionId }}
        key={latest?.sessionId}
        onFinish={(v: Record<string, unknown>) => create.mutate(v)}
      >
        <Form.Item name="sessionId" label="会议" rules={[{ required: true }]}>
          <Select
            options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('title')}>
          <Input maxLength={200} showCount placeholder="关于……的提案" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('category')}>
          <Select
            allowClear
            options={(categories.data ?? []).map((c) => ({ value: c.categoryId, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="problem" label={t('problem')}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="suggestions" label={t('suggestions')}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="cosignerUserIds" label="邀请联名">
          <Select
            mode="multiple"
            showSearch
            filterOption={false}
            onSearch={setUserQuery}
            options={(people.data ?? []).map((p) => ({
              value: p.userId,
              label: `${p.displayName}${p.sector ? `（${p.sector}）` : ''}`,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
