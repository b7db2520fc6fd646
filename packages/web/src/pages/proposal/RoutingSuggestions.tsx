import { Button, Space, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import type { AssignValues } from './AssignFields';

interface Reasons {
  terms: string[];
  similar: { ref?: string; title: string; similarity: number }[];
  namedInText?: string;
  habit?: { count: number; of: number };
}

interface RoutingSuggestions {
  historySize: number;
  categories: {
    area: string;
    name: string;
    score: number;
    categoryId: string | null;
    reasons: Reasons;
  }[];
  units: {
    unitId: string;
    unitName: string;
    score: number;
    suggestedRole?: 'lead' | 'co';
    reasons: Reasons;
  }[];
}

/**
 * The router's suggestion for a proposal (staff only). When the caller may not see it (404/403)
 * nothing is shown: the suggestion is help, never a step of the workflow.
 */
function useRoutingSuggestions(proposalId: string) {
  return useQuery({
    queryKey: ['routing-suggestions', proposalId],
    queryFn: () => api.get<RoutingSuggestions>(`/proposals/${proposalId}/routing-suggestions`),
    retry: false,
    staleTime: 60_000,
  });
}

/**
 * Why: the words matched, the unit named in the text, the similar past proposals, and the body's
 * habit (where past proposals on the same subject went).
 */
function ReasonText({ reasons }: { reasons: Reasons }) {
  const t = useT();
  const parts: string[] = [];
  if (reasons.namedInText) {
    parts.push(t('文中提及：{name}', { name: reasons.namedInText }));
  }
  if (reasons.terms.length) {
    parts.push(t('匹配词：{terms}', { terms: reasons.terms.slice(0, 6).join('、') }));
  }
  if (reasons.similar.length) {
    parts.push(
      t('相似的往年提案：{titles}', {
        titles: reasons.similar.map((s) => `《${s.title}》`).join(''),
      }),
    );
  }
  if (reasons.habit) {
    parts.push(
      t('往年同类提案中 {count}/{of} 件选此', {
        count: reasons.habit.count,
        of: reasons.habit.of,
      }),
    );
  }
  return <>{parts.length ? parts.join('；') : t('无明显依据')}</>;
}

/** Suggested lead and co-handling units above the assignment fields; one click takes them. */
export function SuggestedUnits({
  proposalId,
  form,
}: {
  proposalId: string;
  form: FormInstance<AssignValues>;
}) {
  const t = useT();
  const s = useRoutingSuggestions(proposalId);
  const units = s.data?.units.filter((u) => u.suggestedRole) ?? [];
  if (!units.length) {
    return null;
  }
  const lead = units.find((u) => u.suggestedRole === 'lead');
  const co = units.filter((u) => u.suggestedRole === 'co').map((u) => u.unitId);
  return (
    <div style={{ marginBottom: 12 }} data-testid="routing-suggestions">
      <Space wrap size={[4, 4]}>
        <Typography.Text type="secondary">{t('建议承办单位：')}</Typography.Text>
        {units.map((u) => (
          <Tooltip key={u.unitId} title={<ReasonText reasons={u.reasons} />}>
            <Tag color={u.suggestedRole === 'lead' ? 'blue' : 'default'} data-testid="routing-unit">
              {u.unitName}
              {u.suggestedRole === 'lead' ? t('（主办）') : t('（会办）')}
            </Tag>
          </Tooltip>
        ))}
        <Button
          size="small"
          type="link"
          data-testid="routing-apply"
          onClick={() => form.setFieldsValue({ mode: 'lead', lead: lead?.unitId, co })}
        >
          {t('采用建议')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {lead && <ReasonText reasons={lead.reasons} />}
      </Typography.Paragraph>
    </div>
  );
}

/** Suggested category at registration; one click takes it. */
export function SuggestedCategory({
  proposalId,
  onPick,
}: {
  proposalId: string;
  onPick: (categoryId: string) => void;
}) {
  const t = useT();
  const s = useRoutingSuggestions(proposalId);
  const best = s.data?.categories[0];
  if (!best?.categoryId) {
    return null;
  }
  return (
    <div style={{ marginBottom: 12 }} data-testid="routing-category">
      <Typography.Text type="secondary">{t('建议类别：')}</Typography.Text>
      <Tooltip title={<ReasonText reasons={best.reasons} />}>
        <Tag
          color="blue"
          style={{ cursor: 'pointer' }}
          onClick={() => best.categoryId && onPick(best.categoryId)}
        >
          {best.name}
        </Tag>
      </Tooltip>
    </div>
  );
}
