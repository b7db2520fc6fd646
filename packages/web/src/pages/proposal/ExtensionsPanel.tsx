import { CheckOutlined, CloseOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { DatePicker, Flex, Form, Input, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { REPLY_DEADLINE_STATES } from '@jianyan/shared';
import { api } from '../../api/client';
import type { Extension, ExtensionState, ProposalDetail, User } from '../../api/types';
import { ActionModal } from '../../components/ActionModal';
import { fmtDate, fmtDateTime, inBeijing, TZ } from '../../components/format';
import { useT, type Phrase } from '../../i18n';

const STATE_TAGS: Record<ExtensionState, { color: string; text: Phrase }> = {
  pending: { color: 'orange', text: '待审批' },
  approved: { color: 'green', text: '已批准' },
  refused: { color: 'red', text: '未批准' },
};

export function ExtensionStateTag({ state }: { state: ExtensionState }) {
  const t = useT();
  return <Tag color={STATE_TAGS[state].color}>{t(STATE_TAGS[state].text)}</Tag>;
}

/** Staff approve or refuse a request, each with an optional comment for the unit. */
export function ExtensionDecision({
  proposalId,
  extensionId,
}: {
  proposalId: string;
  extensionId: string;
}) {
  const t = useT();
  const decide = (approve: boolean) => (v: { note?: string }) =>
    api.post(`/proposals/${proposalId}/extensions/${extensionId}/decide`, {
      approve,
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    });
  const note = (
    <Form.Item name="note" label={t('审批意见')} rules={[{ max: 2000 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  return (
    <Flex gap={8} wrap>
      <ActionModal<{ note?: string }>
        label="批准延期"
        icon={<CheckOutlined />}
        type="primary"
        fields={note}
        run={decide(true)}
        done="已批准延期"
        testId="approve-extension"
      />
      <ActionModal<{ note?: string }>
        label="不批准"
        icon={<CloseOutlined />}
        danger
        fields={note}
        run={decide(false)}
        done="已退回延期申请"
        testId="refuse-extension"
      />
    </Flex>
  );
}

/** The caller's assignment when it may ask for an extension now (lead or separate, none pending). */
export function extensionAssignment(p: ProposalDetail, user: User) {
  const pending = p.extensions.some((e) => e.state === 'pending');
  return pending || !REPLY_DEADLINE_STATES.includes(p.state)
    ? undefined
    : p.assignments.find((a) => a.active && a.unitId === user.unitId && a.extensionCeiling);
}

interface RequestValues {
  newDueDate: Dayjs;
  reason: string;
}

/**
 * 延期: the requests of this proposal and their decisions; the lead (or a separate) unit asks for
 * a later date here, within the ceiling the page shows; staff decide on pending ones. The proposer
 * sees the approved extensions: the new date, and why.
 */
export function ExtensionsPanel({ p, user }: { p: ProposalDetail; user: User }) {
  const t = useT();
  const mine = extensionAssignment(p, user);
  const ceiling = mine?.extensionCeiling;
  return (
    <div data-testid="extensions">
      {p.extensions.map((e) => (
        <ExtensionRow key={e.extensionId} e={e} p={p} staff={user.role === 'staff'} />
      ))}
      {mine?.dueAt && ceiling && (
        <ActionModal<RequestValues>
          label="申请延期"
          icon={<FieldTimeOutlined />}
          testId="request-extension"
          intro={
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('现答复期限为 {due}；延期后最迟至 {ceiling}（自交办之日起不超过 {n} 个月）。', {
                due: fmtDate(mine.dueAt),
                ceiling: fmtDate(ceiling.ceilingAt),
                n: ceiling.maxMonths,
              })}
            </Typography.Paragraph>
          }
          fields={
            <>
              <Form.Item
                name="newDueDate"
                label={t('延期至')}
                rules={[{ required: true, message: t('请选择新的答复期限') }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(d) =>
                    d.format('YYYY-MM-DD') <= inBeijing(mine.dueAt!).format('YYYY-MM-DD') ||
                    d.format('YYYY-MM-DD') > inBeijing(ceiling.ceilingAt).format('YYYY-MM-DD')
                  }
                  defaultPickerValue={dayjs.tz(inBeijing(mine.dueAt).format('YYYY-MM-DD'), TZ)}
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('延期理由')}
                rules={[
                  { required: true, whitespace: true, message: t('请填写延期理由') },
                  { max: 2000 },
                ]}
              >
                <Input.TextArea rows={4} placeholder={t('需要延期的原因和目前的办理进展')} />
              </Form.Item>
            </>
          }
          run={(v) =>
            api.post(`/proposals/${p.proposalId}/extensions`, {
              newDueDate: v.newDueDate.format('YYYY-MM-DD'),
              reason: v.reason,
            })
          }
          done="延期申请已提交，等待审批"
        />
      )}
    </div>
  );
}

function ExtensionRow({ e, p, staff }: { e: Extension; p: ProposalDetail; staff: boolean }) {
  const t = useT();
  return (
    <div style={{ marginBottom: 12 }} data-testid="extension">
      <Flex gap={8} align="center" wrap>
        <ExtensionStateTag state={e.state} />
        <span>
          {t('答复期限 {from} → {to}', {
            from: fmtDate(e.fromDueAt),
            to: fmtDate(e.requestedDueAt),
          })}
        </span>
        <Typography.Text type="secondary">
          {e.unitName} · {fmtDateTime(e.requestedAt)}
        </Typography.Text>
      </Flex>
      {e.reason && <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{e.reason}</div>}
      {e.decidedAt && (
        <Typography.Text type="secondary">
          {t('审批于 {at}', { at: fmtDateTime(e.decidedAt) })}
          {e.decisionNote ? `：${e.decisionNote}` : ''}
        </Typography.Text>
      )}
      {staff && e.state === 'pending' && (
        <div style={{ marginTop: 8 }}>
          <ExtensionDecision proposalId={p.proposalId} extensionId={e.extensionId} />
        </div>
      )}
    </div>
  );
}
