import { GlobalOutlined, LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorText } from '../../api/client';
import { usePublicBodies } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { applyApiErrors } from '../../components/form-errors';
import { setLang, useLang, useT } from '../../i18n';
import { homeFor } from '../../layout/pages';

interface Values {
  body: string;
  username: string;
  password: string;
}

const LAST_BODY = 'jianyan.lastBody';

export function LoginPage() {
  const t = useT();
  const lang = useLang();
  const { login, expired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const bodies = usePublicBodies();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  useEffect(() => {
    if (bodies.data?.length && !form.getFieldValue('body')) {
      const last = localStorage.getItem(LAST_BODY);
      const pick = bodies.data.find((b) => b.code === last) ?? bodies.data[0]!;
      form.setFieldValue('body', pick.code);
    }
  }, [bodies.data, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const user = await login(v.body, v.username.trim(), v.password);
      localStorage.setItem(LAST_BODY, v.body);
      await navigate(from && from !== '/' ? from : homeFor(user.role), { replace: true });
    } catch (e) {
      setError(applyApiErrors(form, e, lang) ?? errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const portalCode = Form.useWatch('body', form) ?? bodies.data?.[0]?.code;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'radial-gradient(circle at 20% 10%, #c0392b 0%, #8c0c17 45%, #5c0011 100%)',
      }}
    >
      <div style={{ textAlign: 'center', color: '#fff', marginBottom: 24 }}>
        <div
          style={{
            display: 'inline-block',
            background: '#fff',
            color: '#a8071a',
            width: 56,
            height: 56,
            lineHeight: '56px',
            borderRadius: 12,
            fontSize: 32,
            fontWeight: 700,
            marginBottom: 12,
          }}
        >
          言
        </div>
        <Typography.Title level={2} style={{ color: '#fff', margin: 0, letterSpacing: 2 }}>
          {t('建言 · 提案办理平台')}
        </Typography.Title>
        <div style={{ color: '#ffd6d6', marginTop: 6 }}>
          {t('提案提交、审查立案、交办办理、答复反馈、公开，一网通办')}
        </div>
      </div>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 28 } }}>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
          {t('用户登录')}
        </Typography.Title>
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            title={t('登录已过期，请重新登录')}
            style={{ marginBottom: 16 }}
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          requiredMark={false}
          size="large"
        >
          <Form.Item
            name="body"
            label={t('机构')}
            rules={[{ required: true, message: t('请选择机构') }]}
          >
            <Select
              loading={bodies.isLoading}
              options={(bodies.data ?? []).map((b) => ({ value: b.code, label: b.name }))}
            />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('用户名')}
            rules={[{ required: true, message: t('请输入用户名') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('密码')}
            rules={[{ required: true, message: t('请输入密码') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录')}
          </Button>
        </Form>
        <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 16 }}>
          <Link to={portalCode ? `/portal/${portalCode}` : '/portal'}>
            <GlobalOutlined /> {t('公开答复查询')}
          </Link>
          <Button
            type="link"
            size="small"
            icon={<TranslationOutlined />}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            style={{ padding: 0 }}
          >
            {lang === 'zh' ? 'English' : '中文'}
          </Button>
        </div>
      </Card>
      <div style={{ color: 'rgba(255,255,255,0.6)', marginTop: 24, fontSize: 12 }}>
        {t('建言 · 开源提案办理平台')}
      </div>
    </div>
  );
}
