import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n';
import { homeFor } from '../../layout/pages';

function BackHome() {
  const { user } = useSession();
  const t = useT();
  return (
    <Link to={user ? homeFor(user.role) : '/login'}>
      <Button type="primary">{t('返回首页')}</Button>
    </Link>
  );
}

/** A page of another role, opened by its address. */
export function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('无权访问')}
      subTitle={t('您的角色无权访问此页面')}
      extra={<BackHome />}
      data-testid="forbidden"
    />
  );
}

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('页面不存在')}
      subTitle={t('请检查地址是否正确')}
      extra={<BackHome />}
    />
  );
}
