import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { post } from '../../api/client';
import { useLang, useT } from '../../i18n';
import { showApiErrors } from './form-errors';

export function PasswordPage() {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  return (
    <Card title={t('changePassword')} style={{ maxWidth: 420 }}>
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          message={result.text}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          void post('/auth/password', v).then(
            () => setResult({ ok: true, text: '密码已修改' }),
            (e: unknown) => {
              const m = showApiErrors(form, e, lang);
              setResult(m ? { ok: false, text: m } : undefined);
            },
          )
        }
      >
        <Form.Item name="currentPassword" label="当前密码">
          <Input.Password />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码">
          <Input.Password />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
