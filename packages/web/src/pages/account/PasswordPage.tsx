import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function PasswordPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState(false);
  const change = useAction<Values>({
    run: (v) =>
      api.post('/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    done: '密码已修改',
    form,
    onDone: () => {
      form.resetFields();
      setDone(true);
    },
  });
  return (
    <PageCard
      title={t('修改密码')}
      subtitle={t('新密码至少 8 位，建议包含字母、数字和符号')}
      style={{ maxWidth: 560 }}
    >
      {done && (
        <Alert
          type="success"
          showIcon
          title={t('密码已修改，下次登录请使用新密码')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => change.mutate(v)}
        requiredMark="optional"
      >
        <Form.Item
          name="currentPassword"
          label={t('当前密码')}
          rules={[{ required: true, message: t('请输入当前密码') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('新密码')}
          rules={[{ required: true, message: t('请输入新密码') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('确认新密码')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('请再次输入新密码') },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || getFieldValue('newPassword') === v
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入的密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('保存')}
        </Button>
      </Form>
    </PageCard>
  );
}
