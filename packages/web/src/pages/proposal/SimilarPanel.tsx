import { Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Highlight, Page, ProposalDetail, SearchHit } from '../../api/types';
import { numberText } from '../../components/format';
import { StateTag } from '../../components/tags';
import { useT } from '../../i18n';

/**
 * What to search for: the title without 关于…的提案 around it, cut at spaces and punctuation into
 * phrases; the longest few are searched separately (a search matches all of its words).
 */
export function phrasesOf(title: string): string[] {
  const subject = title
    .trim()
    .replace(/^关于/, '')
    .replace(/(的)?(提案|建议)$/, '');
  return subject
    .split(/[\s，,。、；;：:“”"'（）()《》!?！？]+/)
    .filter((x) => x.length >= 2)
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .map((x) => x.slice(0, 40));
}

function Marked({ h }: { h: Highlight }) {
  const parts = [];
  let at = 0;
  for (const [s, e] of h.marks) {
    parts.push(h.snippet.slice(at, s));
    parts.push(<mark key={s}>{h.snippet.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(h.snippet.slice(at));
  return <>{parts}</>;
}

/**
 * Proposals on the same subject, for review (并案 or 一事一案 decisions). Uses the full-text
 * search for now; a dedicated similarity endpoint can replace the query without changing the panel.
 */
export function SimilarPanel({ p }: { p: ProposalDetail }) {
  const t = useT();
  const searches = useQueries({
    queries: phrasesOf(p.title).map((q) => ({
      queryKey: ['search', { q, pageSize: 8 }],
      queryFn: () => api.get<Page<SearchHit>>('/search', { q, pageSize: 8 }),
      retry: false,
      staleTime: 60_000,
    })),
  });
  const best = new Map<string, SearchHit>();
  for (const s of searches) {
    for (const h of s.data?.items ?? []) {
      if (h.proposalId !== p.proposalId && (best.get(h.proposalId)?.rank ?? -1) < h.rank) {
        best.set(h.proposalId, h);
      }
    }
  }
  const hits = [...best.values()].sort((a, b) => b.rank - a.rank).slice(0, 8);
  const search = {
    isLoading: searches.some((s) => s.isLoading),
    isError: searches.every((s) => s.isError) && searches.length > 0,
  };
  return (
    <Card title={t('相似提案')} size="small" data-testid="similar" loading={search.isLoading}>
      {search.isError || hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('未发现相似提案')} />
      ) : (
        <Flex vertical gap={10}>
          {hits.map((h) => (
            <div key={h.proposalId}>
              <Flex gap={6} align="center" wrap>
                <StateTag state={h.state} />
                <Link to={`/proposals/${h.proposalId}`}>
                  {h.highlights.title ? <Marked h={h.highlights.title} /> : h.title}
                </Link>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[numberText(h.numberLabel), h.proposerName, h.categoryName]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              {h.highlights.text && (
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>
                  <Marked h={h.highlights.text} />
                </div>
              )}
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
