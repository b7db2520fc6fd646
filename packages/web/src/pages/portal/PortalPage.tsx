import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Input, Layout, Pagination, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { get } from '../../api/client';
import { beijing } from '../common/format';

interface PublicItem {
  proposalId: string;
  bodyName: string;
  numberLabel: string | null;
  title: string;
  proposerName: string;
  categoryName: string | null;
  problem: string;
  suggestions: string;
  publishedAt: string;
  replies: {
    unitName: string;
    replyClass: string;
    text: string;
    signedAt: string;
    round: number;
  }[];
}

/** The public portal: published proposals and their replies, searchable, no login. */
export function PortalPage() {
  const { bodyCode = '' } = useParams();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['public', bodyCode, q, page],
    queryFn: () =>
      get<{ items: PublicItem[]; total: number }>(
        `/public/proposals?body=${bodyCode}&page=${page}&pageSize=10${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      ),
  });
  const bodyName = list.data?.items[0]?.bodyName ?? '';
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Header
        style={{ background: '#8b0000', display: 'flex', alignItems: 'center', gap: 16 }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {bodyName} 提案答复公开
        </Typography.Text>
        <Link to="/login" style={{ color: '#ffd8d8', marginLeft: 'auto' }}>
          登录
        </Link>
      </Layout.Header>
      <Layout.Content
        style={{ maxWidth: 960, margin: '0 auto', padding: 16, width: '100%' }}
        data-testid="portal"
      >
        <Input.Search
          placeholder="搜索提案和答复"
          allowClear
          onSearch={(v) => (setQ(v), setPage(1))}
          style={{ marginBottom: 16 }}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          {(list.data?.items ?? []).map((p) => (
            <Card
              key={p.proposalId}
              title={p.title}
              extra={p.numberLabel ? `编号 ${p.numberLabel}` : undefined}
            >
              <Typography.Paragraph type="secondary">
                {p.proposerName} · {p.categoryName ?? ''} · 公开于 {beijing(p.publishedAt, false)}
              </Typography.Paragraph>
              <Collapse
                items={[
                  {
                    key: 'p',
                    label: '案由',
                    children: <Typography.Paragraph>{p.problem}</Typography.Paragraph>,
                  },
                  {
                    key: 's',
                    label: '建议',
                    children: <Typography.Paragraph>{p.suggestions}</Typography.Paragraph>,
                  },
                ]}
              />
              {p.replies.map((r) => (
                <Card
                  key={`${r.unitName}-${r.round}`}
                  size="small"
                  style={{ marginTop: 12 }}
                  title={`${r.unitName} 答复`}
                  extra={<Tag color="gold">{r.replyClass}类</Tag>}
                >
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                    {r.text}
                  </Typography.Paragraph>
                </Card>
              ))}
            </Card>
          ))}
          <Pagination
            current={page}
            total={list.data?.total ?? 0}
            pageSize={10}
            onChange={setPage}
          />
        </Space>
      </Layout.Content>
    </Layout>
  );
}
