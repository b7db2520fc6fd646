import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ProposalDetail, SimilarProposal } from '../../api/types';
import { numberText } from '../../components/format';
import { StateTag } from '../../components/tags';
import { useT } from '../../i18n';

/**
 * Proposals on the same subject — this session's (并案 candidates for staff: near-duplicates) and
 * earlier years' with the units that answered them — from the server's similarity search.
 */
export function SimilarPanel({ p }: { p: ProposalDetail }) {
  const t = useT();
  const similar = useQuery({
    queryKey: ['similar', p.proposalId],
    queryFn: () => api.get<SimilarProposal[]>(`/proposals/${p.proposalId}/similar`),
    retry: false,
    staleTime: 60_000,
  });
  const items = similar.data ?? [];
  return (
    <Card title={t('相似提案')} size="small" data-testid="similar" loading={similar.isLoading}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('未发现相似提案')} />
      ) : (
        <Flex vertical gap={10}>
          {items.map((s) => (
            <div key={s.proposalId} data-testid="similar-item">
              <Flex gap={6} align="center" wrap>
                <StateTag state={s.state} />
                {s.mergeCandidate && (
                  <Tag color="orange" data-testid="merge-candidate">
                    {t('疑似重复，可并案')}
                  </Tag>
                )}
                <Link to={`/proposals/${s.proposalId}`}>{s.title}</Link>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[
                  s.sameSession ? t('本次会议') : t('{code}年', { code: s.sessionCode }),
                  numberText(s.numberLabel),
                  t('相似度 {n}%', { n: Math.round(s.score * 100) }),
                  ...s.replies.map((r) =>
                    t('{unit}已答复（{cls}类）', { unit: r.unitName, cls: r.replyClass ?? '—' }),
                  ),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
