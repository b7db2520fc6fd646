import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, message } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { useLang } from '../../i18n';
import { showApiErrors } from '../common/form-errors';

/** One action on a proposal: its fields, a button, the API's field errors shown in place. */
export function ActionForm({
  title,
  path,
  method = 'POST',
  button,
  children,
  danger,
  transform = (v) => v,
  testId,
}: {
  title: string;
  path: string;
  method?: string;
  button: string;
  children?: ReactNode;
  danger?: boolean;
  transform?: (values: Record<string, unknown>) => unknown;
  testId: string;
}) {
  const [form] = Form.useForm();
  const lang = useLang();
  const qc = useQueryClient();
  const [error, setError] = useState<string>();
  const run = useMutation({
    mutationFn: (values: Record<string, unknown>) => api(method, path, transform(values)),
    onSuccess: () => {
      setError(undefined);
      form.resetFields();
      void message.success(`${title}：已完成`);
      void qc.invalidateQueries();
    },
    onError: (e) => setError(showApiErrors(form, e, lang)),
  });
  return (
    <Card size="small" title={title} data-testid={testId} style={{ marginBottom: 12 }}>
      {error && <Alert type="error" message={error} style={{ marginBottom: 8 }} />}
      <Form form={form} layout="vertical" onFinish={(v: Record<string, unknown>) => run.mutate(v)}>
        {children}
        <Button type="primary" danger={danger} htmlType="submit" loading={run.isPending}>
          {button}
        </Button>
      </Form>
    </Card>
  );
}
