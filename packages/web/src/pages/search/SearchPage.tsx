import { Empty, Flex, Input, List, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PROPOSAL_STATES, STATE_LABELS } from '@jianyan/shared';
import { useCategories, useSearch, useSessions } from '../../api/hooks';
import { numberText } from '../../components/format';
import { Marked } from '../../components/Marked';
import { PageCard } from '../../components/PageCard';
import { StateTag } from '../../components/tags';
import { useLabel, useT } from '../../i18n';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => THIS_YEAR - i);

/**
 * Full-text search over titles, text and replies (Chinese segmented on the server), with the
 * filters in the address so a search can be shared and reloaded. Everyone sees only what they may.
 */
export function SearchPage() {
  const t = useT();
  const label = useLabel();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const sessions = useSessions();
  const categories = useCategories();
  const query = {
    q,
    sessionId: params.get('sessionId') ?? undefined,
    state: params.getAll('state'),
    categoryId: params.get('categoryId') ?? undefined,
    year: params.get('year') ?? undefined,
    page: params.get('page') ?? '1',
    pageSize: '20',
  };
  const results = useSearch(query, q.trim().length > 0);
  const update = (patch: Record<string, string | string[] | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ ...patch, page: patch.page ?? undefined })) {
      next.delete(k);
      [v ?? []].flat().forEach((x) => next.append(k, x));
    }
    setParams(next);
  };
  return (
    <PageCard
      title={t('全文检索')}
      subtitle={t('检索提案标题、内容和答复，按会议、状态、类别、年份筛选')}
      testId="search-page"
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          enterButton={t('检索')}
          aria-label={t('检索词')}
          placeholder={t('如：低空经济、医养结合、老旧小区')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 360, maxWidth: '100%' }}
        />
        <Select
          allowClear
          placeholder={t('会议')}
          aria-label={t('会议')}
          style={{ width: 160 }}
          value={query.sessionId}
          options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.name }))}
          onChange={(v?: string) => update({ sessionId: v })}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('状态')}
          aria-label={t('状态')}
          style={{ width: 200 }}
          value={query.state}
          options={PROPOSAL_STATES.map((s) => ({ value: s, label: label(STATE_LABELS[s]) }))}
          onChange={(v: string[]) => update({ state: v })}
        />
        <Select
          allowClear
          placeholder={t('类别')}
          aria-label={t('类别')}
          style={{ width: 160 }}
          value={query.categoryId}
          options={(categories.data ?? []).map((c) => ({ value: c.categoryId, label: c.name }))}
          onChange={(v?: string) => update({ categoryId: v })}
        />
        <Select
          allowClear
          placeholder={t('年份')}
          aria-label={t('年份')}
          style={{ width: 110 }}
          value={query.year}
          options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v?: string) => update({ year: v })}
        />
      </Flex>
      {!q ? (
        <Empty description={t('输入检索词开始检索')} />
      ) : (
        <List
          data-testid="search-results"
          loading={results.isLoading}
          dataSource={results.data?.items ?? []}
          locale={{ emptyText: t('没有找到') }}
          pagination={{
            current: Number(query.page),
            pageSize: 20,
            total: results.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('共 {n} 条', { n }),
            onChange: (page) => update({ page: String(page) }),
          }}
          renderItem={(h) => (
            <List.Item key={h.proposalId} data-testid="search-hit">
              <List.Item.Meta
                title={
                  <Flex gap={6} align="center" wrap>
                    <StateTag state={h.state} />
                    <Link to={`/proposals/${h.proposalId}`}>
                      {h.highlights.title ? <Marked h={h.highlights.title} /> : h.title}
                    </Link>
                  </Flex>
                }
                description={
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[h.sessionCode, numberText(h.numberLabel), h.proposerName, h.categoryName]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                    {h.highlights.text && (
                      <div>
                        <Marked h={h.highlights.text} />
                      </div>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </PageCard>
  );
}
