import { Alert, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SimilarProposal } from '../../api/types';
import { useT } from '../../i18n';

/**
 * While a member writes a title: proposals already made on the subject (theirs, and the published
 * ones of this and earlier years with the units that answered), so that they can build on them or
 * co-sign instead of writing the same proposal twice.
 */
export function SimilarWhileDrafting({ title, selfId }: { title: string; selfId?: string }) {
  const t = useT();
  const [debounced, setDebounced] = useState(title.trim());
  useEffect(() => {
    const h = setTimeout(() => setDebounced(title.trim()), 400);
    return () => clearTimeout(h);
  }, [title]);
  const similar = useQuery({
    queryKey: ['similar-to-title', debounced, selfId],
    queryFn: () => api.get<SimilarProposal[]>('/similar', { title: debounced, excludeId: selfId }),
    enabled: debounced.length >= 4,
    retry: false,
    staleTime: 60_000,
  });
  const hits = (similar.data ?? []).slice(0, 5);
  if (!hits.length) {
    return null;
  }
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="similar-while-drafting"
      title={t('已有相近的提案，可参考或联名：')}
      description={
        <Flex vertical gap={4}>
          {hits.map((h) => (
            <div key={h.proposalId}>
              <Link to={`/proposals/${h.proposalId}`} target="_blank">
                {h.title}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                {[h.sessionCode, ...h.replies.map((r) => r.unitName)].join(' · ')}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      }
    />
  );
}
