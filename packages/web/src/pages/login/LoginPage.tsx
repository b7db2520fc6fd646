import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { get } from '../../api/client';
import { useSession } from '../../auth/session';
import { homeFor } from '../../layout/menu';
import { useLang, useT } from '../../i18n';
import { showApiErrors } from '../common/form-errors';

export function LoginPage() {
  const t = useT();
  const lang = useLang();
  const { login } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ body: string; username: string; password: string }>();
  const [error, setError] = useState<string>();
  const bodies = useQuery({
    queryKey: ['public-bodies'],
    queryFn: () => get<{ code: string; name: string }[]>('/public/bodies'),
  });
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(#8b0000, #5a0000)',
      }}
    >
      <Card title={t('appName')} style={{ width: 360, maxWidth: '92vw' }}>
        {error && <Alert type="error" message={error} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ body: 'jinzhong' }}
          onFinish={(v) =>
            void login(v.body, v.username, v.password).then(
              (u) => navigate(homeFor(u.role)),
              (e: unknown) => setError(showApiErrors(form, e, lang)),
            )
          }
        >
          <Form.Item name="body" label={t('body')} rules={[{ required: true }]}>
            <Select options={(bodies.data ?? []).map((b) => ({ value: b.code, label: b.name }))} />
          </Form.Item>
          <Form.Item name="username" label={t('username')} rules={[{ required: true }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
