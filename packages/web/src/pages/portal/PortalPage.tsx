import {
  ArrowLeftOutlined,
  LoginOutlined,
  SearchOutlined,
  TranslationOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Input,
  Layout,
  Pagination,
  Result,
  Segmented,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CATEGORY_AREAS, CATEGORY_AREA_LABELS, PROPOSAL_KIND_LABELS } from '@jianyan/shared';
import { downloadUrl } from '../../api/client';
import { usePublicBodies, usePublicProposal, usePublicProposals } from '../../api/hooks';
import type { PublicProposal, PublicReply } from '../../api/types';
import { fmtDate } from '../../components/format';
import { numberText } from '../../components/format';
import { setLang, useLabel, useLang, useT } from '../../i18n';
import { PublicDigestLinks } from '../speeches/PublicDigestPage';

export function PortalFrame({ bodyName, children }: { bodyName?: string; children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ background: 'linear-gradient(90deg, #8c0c17, #b8323d)', color: '#fff' }}>
        <Flex
          align="center"
          justify="space-between"
          gap={12}
          style={{ maxWidth: 1100, margin: '0 auto', padding: '14px 16px' }}
        >
          <div style={{ minWidth: 0 }}>
            <div style={{ fontSize: 20, fontWeight: 600 }}>{bodyName ?? t('建言')}</div>
            <div style={{ color: '#ffd6d6', fontSize: 13 }}>{t('提案办理结果公开')}</div>
          </div>
          <Flex gap={4}>
            <Button
              type="text"
              style={{ color: '#fff' }}
              icon={<TranslationOutlined />}
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            >
              {lang === 'zh' ? 'EN' : '中文'}
            </Button>
            <Link to="/login">
              <Button type="text" style={{ color: '#fff' }} icon={<LoginOutlined />}>
                {t('工作人员登录')}
              </Button>
            </Link>
          </Flex>
        </Flex>
      </div>
      <div style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>{children}</div>
      <div style={{ textAlign: 'center', color: '#999', padding: 24, fontSize: 12 }}>
        {t('本页公开的提案及答复由提案委员会审核发布')}
      </div>
    </Layout>
  );
}

function ReplyBlock({ r }: { r: PublicReply }) {
  const t = useT();
  return (
    <div
      style={{ borderInlineStart: '3px solid #a8071a', paddingInlineStart: 12, marginBottom: 12 }}
      data-testid="public-reply"
    >
      <Flex gap={8} align="center" wrap>
        <b>{r.unitName}</b>
        <Tag color="gold">{t('{c}类', { c: r.replyClass })}</Tag>
        {r.round > 1 && <Tag>{t('第 {n} 轮', { n: r.round })}</Tag>}
        <Typography.Text type="secondary">{fmtDate(r.signedAt)}</Typography.Text>
      </Flex>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', marginTop: 6, marginBottom: 0, lineHeight: 1.8 }}
      >
        {r.text}
      </Typography.Paragraph>
    </div>
  );
}

function ProposalBody({ p }: { p: PublicProposal }) {
  const t = useT();
  return (
    <div>
      <Typography.Title level={5}>{t('案由')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>
        {p.problem}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('建议')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>
        {p.suggestions}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('答复')}</Typography.Title>
      {p.replies.length ? (
        p.replies.map((r) => <ReplyBlock key={`${r.unitName}-${r.round}`} r={r} />)
      ) : (
        <Typography.Text type="secondary">{t('答复不公开')}</Typography.Text>
      )}
    </div>
  );
}

function Meta({ p }: { p: PublicProposal }) {
  const label = useLabel();
  const t = useT();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
      {[
        p.numberLabel ? `${label(PROPOSAL_KIND_LABELS[p.kind])}${numberText(p.numberLabel)}` : '',
        p.proposerName,
        p.categoryName,
        t('公开于 {d}', { d: fmtDate(p.publishedAt) }),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Typography.Text>
  );
}

/** The public portal of one body: published proposals with their replies, searchable, no login. */
export function PortalPage() {
  const { bodyCode = '' } = useParams();
  const t = useT();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const bodies = usePublicBodies();
  const body = bodies.data?.find((b) => b.code === bodyCode);
  const q = params.get('q') ?? '';
  const area = params.get('area') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const list = usePublicProposals({
    body: bodyCode,
    q: q || undefined,
    area: area || undefined,
    page,
    pageSize: 10,
  });
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) {
        next.set(k, v);
      } else {
        next.delete(k);
      }
    }
    if (!('page' in changes)) {
      next.delete('page');
    }
    setParams(next);
  };
  if (bodies.data && !body) {
    return (
      <PortalFrame>
        <Result
          status="404"
          title={t('没有这个机构')}
          extra={<Link to="/portal">{t('查看全部机构')}</Link>}
        />
      </PortalFrame>
    );
  }
  return (
    <PortalFrame bodyName={body?.name}>
      <div data-testid="portal">
        <PublicDigestLinks bodyCode={bodyCode} />
        <Card style={{ marginBottom: 16 }}>
          <Input.Search
            size="large"
            allowClear
            enterButton={
              <>
                <SearchOutlined /> {t('搜索')}
              </>
            }
            placeholder={t('搜索提案标题、内容和答复，如：养老、乡村振兴')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => set({ q: v.trim() || undefined })}
            aria-label={t('搜索')}
          />
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 12 }}>
            <Segmented
              value={area}
              onChange={(v) => set({ area: String(v) || undefined })}
              options={[
                { value: '', label: t('全部') },
                ...CATEGORY_AREAS.map((a) => ({ value: a, label: label(CATEGORY_AREA_LABELS[a]) })),
              ]}
              style={{ maxWidth: '100%', overflowX: 'auto' }}
            />
            <a href={downloadUrl(`/public/bodies/${bodyCode}/feed.atom`)}>
              <WifiOutlined /> {t('订阅更新')}
            </a>
          </Flex>
        </Card>
        <Spin spinning={list.isFetching}>
          {list.data && list.data.items.length === 0 ? (
            <Card>
              <Empty description={q ? t('没有找到相关的公开提案') : t('暂无公开的提案')} />
            </Card>
          ) : (
            <Flex vertical gap={12}>
              <Typography.Text type="secondary">
                {t('共 {n} 件公开提案', { n: list.data?.total ?? 0 })}
              </Typography.Text>
              {(list.data?.items ?? []).map((p) => (
                <Card key={p.proposalId} size="small" data-testid="public-proposal">
                  <Link
                    to={`/portal/${bodyCode}/proposals/${p.proposalId}`}
                    style={{ fontSize: 17, fontWeight: 600 }}
                  >
                    {p.title}
                  </Link>
                  <div style={{ margin: '4px 0 8px' }}>
                    <Meta p={p} />
                  </div>
                  <Collapse
                    size="small"
                    ghost
                    items={[
                      {
                        key: 'body',
                        label: t('查看提案和答复（{n} 件答复）', { n: p.replies.length }),
                        children: <ProposalBody p={p} />,
                      },
                    ]}
                  />
                </Card>
              ))}
            </Flex>
          )}
        </Spin>
        <Pagination
          current={page}
          pageSize={10}
          total={list.data?.total ?? 0}
          showSizeChanger={false}
          hideOnSinglePage
          style={{ marginTop: 16, textAlign: 'center' }}
          onChange={(p) => set({ page: String(p) })}
        />
      </div>
    </PortalFrame>
  );
}

/** One published proposal at its stable address. */
export function PortalProposalPage() {
  const { bodyCode = '', proposalId = '' } = useParams();
  const t = useT();
  const bodies = usePublicBodies();
  const p = usePublicProposal(bodyCode, proposalId);
  const body = bodies.data?.find((b) => b.code === bodyCode);
  return (
    <PortalFrame bodyName={body?.name}>
      <Link to={`/portal/${bodyCode}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('返回公开提案列表')}
        </Button>
      </Link>
      {p.isLoading ? (
        <Spin />
      ) : !p.data ? (
        <Result status="404" title={t('该提案未公开或不存在')} />
      ) : (
        <Card data-testid="portal-proposal">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {p.data.title}
          </Typography.Title>
          <Meta p={p.data} />
          <div style={{ marginTop: 16 }}>
            <ProposalBody p={p.data} />
          </div>
        </Card>
      )}
    </PortalFrame>
  );
}

/** All bodies on this platform. */
export function PortalIndexPage() {
  const t = useT();
  const bodies = usePublicBodies();
  return (
    <PortalFrame>
      <Card title={t('选择机构')}>
        <Flex vertical gap={8}>
          {(bodies.data ?? []).map((b) => (
            <Link key={b.code} to={`/portal/${b.code}`} style={{ fontSize: 16 }}>
              {b.name}
            </Link>
          ))}
        </Flex>
      </Card>
    </PortalFrame>
  );
}
