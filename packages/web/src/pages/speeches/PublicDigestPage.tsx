import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { usePublicDigest, usePublicDigests } from '../../api/speeches';
import { useT } from '../../i18n';
import { PortalFrame } from '../portal/PortalPage';
import { DigestView } from './DigestView';

/** The published 发言摘编 of a session, on the portal (404 until staff publish it). */
export function PublicDigestPage() {
  const { bodyCode = '', sessionCode = '' } = useParams();
  const t = useT();
  const digest = usePublicDigest(bodyCode, sessionCode);
  return (
    <PortalFrame bodyName={digest.data?.bodyName}>
      <Link to={`/portal/${bodyCode}`}>
        <ArrowLeftOutlined /> {t('返回')}
      </Link>
      <Card style={{ marginTop: 12 }}>
        {digest.isLoading ? (
          <Spin />
        ) : digest.data ? (
          <DigestView digest={digest.data} />
        ) : (
          <Result status="404" title={t('发言摘编尚未公开')} />
        )}
      </Card>
    </PortalFrame>
  );
}

/** Links to a body's published digests, on the portal's front page. */
export function PublicDigestLinks({ bodyCode }: { bodyCode: string }) {
  const t = useT();
  const list = usePublicDigests(bodyCode);
  const items = list.data?.items ?? [];
  if (items.length === 0) {
    return null;
  }
  return (
    <Card size="small" title={t('大会发言摘编')} style={{ marginBottom: 16 }}>
      {items.map((d) => (
        <div key={d.sessionCode}>
          <Link to={`/portal/${bodyCode}/speeches/${d.sessionCode}`}>{d.heading}</Link>
        </div>
      ))}
    </Card>
  );
}
