import { useQuery } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import {
  CONTACT_METHODS,
  REJECTION_REASONS,
  REJECTION_REASON_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  type ProposalAction,
} from '@jianyan/shared';
import { get } from '../../api/client';
import type { User } from '../../auth/session';
import { useLabel } from '../../i18n';
import { ActionForm } from './ActionForm';
import type { ProposalDetail } from './types';

const CONTACT_LABELS: Record<(typeof CONTACT_METHODS)[number], string> = {
  phone: '电话',
  visit: '走访',
  meeting: '座谈会',
  letter: '书面',
  other: '其他',
};

/**
 * The actions this user can take now: exactly the `allowedActions` the server derived from the
 * lifecycle table, plus the steps inside handling (contacts, reply drafts, supervision notes).
 */
export function ProposalActions({ p, user }: { p: ProposalDetail; user: User }) {
  const label = useLabel();
  const can = (a: ProposalAction) => p.allowedActions.includes(a);
  const id = p.proposalId;
  const isUnit = user.role === 'unit_clerk' || user.role === 'unit_leader';
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => get<{ unitId: string; name: string }[]>('/units'),
    enabled: can('assign') || can('resolve_objection'),
  });
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => get<{ categoryId: string; name: string }[]>('/categories'),
    enabled: can('register'),
  });
  const classes = useQuery({
    queryKey: ['reply-classes'],
    queryFn: () => get<{ code: string; label: { zh: string; en: string } }[]>('/reply-classes'),
    enabled: isUnit,
  });
  const proposers = useQuery({
    queryKey: ['proposers'],
    queryFn: () => get<{ userId: string; displayName: string }[]>('/users'),
    enabled: can('invite_cosigners'),
  });
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }));
  const myUnitRole = p.assignments.find((a) => a.active && a.unitId === user.unitId)?.role;
  const drafting =
    isUnit &&
    (myUnitRole === 'lead' || myUnitRole === 'separate') &&
    ['handling', 'rehandling'].includes(p.state);
  const myDraft = p.replies.find((r) => r.unitId === user.unitId && !r.signedAt);
  return (
    <div data-testid="actions">
      {can('submit') && (
        <ActionForm
          testId="action-submit"
          title="提交提案"
          path={`/proposals/${id}/submit`}
          button="确认提交"
        />
      )}
      {can('invite_cosigners') && (
        <ActionForm
          testId="action-invite"
          title="邀请联名"
          path={`/proposals/${id}/cosigners`}
          button="发送邀请"
        >
          <Form.Item name="userIds" rules={[{ required: true }]}>
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={(proposers.data ?? [])
                .filter((u) => u.userId !== user.userId)
                .map((u) => ({ value: u.userId, label: u.displayName }))}
            />
          </Form.Item>
        </ActionForm>
      )}
      {can('withdraw') && (
        <ActionForm
          testId="action-withdraw"
          title="撤回提案"
          path={`/proposals/${id}/withdraw`}
          button="撤回"
          danger
        >
          <Form.Item name="reason" label="撤回理由">
            <Input />
          </Form.Item>
        </ActionForm>
      )}
      {can('register') && (
        <ActionForm
          testId="action-register"
          title="立案"
          path={`/proposals/${id}/register`}
          button="立案"
          transform={(v) => ({ ...v, isKey: Boolean(v.isKey) })}
        >
          <Form.Item name="categoryId" label="类别" rules={[{ required: true }]}>
            <Select
              options={(categories.data ?? []).map((c) => ({ value: c.categoryId, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="isKey" valuePropName="checked">
            <Checkbox>重点提案</Checkbox>
          </Form.Item>
        </ActionForm>
      )}
      {can('return_for_revision') && (
        <ActionForm
          testId="action-return"
          title="退回修改"
          path={`/proposals/${id}/return`}
          button="退回"
        >
          <Form.Item name="comment" label="修改意见">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionForm>
      )}
      {can('reject') && (
        <ActionForm
          testId="action-reject"
          title="不予立案"
          path={`/proposals/${id}/reject`}
          button="不予立案"
          danger
        >
          <Form.Item name="reasonCode" label="理由" rules={[{ required: true }]}>
            <Select
              options={REJECTION_REASONS.map((r) => ({
                value: r,
                label: label(REJECTION_REASON_LABELS[r]),
              }))}
            />
          </Form.Item>
          <Form.Item name="comment" label="说明">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionForm>
      )}
      {can('merge') && (
        <ActionForm
          testId="action-merge"
          title="并案"
          path={`/proposals/${id}/merge`}
          button="并案"
        >
          <Form.Item name="intoProposalId" label="并入提案的ID" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </ActionForm>
      )}
      {can('assign') && (
        <ActionForm
          testId="action-assign"
          title="交办"
          path={`/proposals/${id}/assign`}
          button="交办"
          transform={(v) => ({
            units: [
              ...(v.lead ? [{ unitId: v.lead, role: 'lead' }] : []),
              ...((v.co as string[] | undefined) ?? []).map((unitId) => ({ unitId, role: 'co' })),
              ...((v.separate as string[] | undefined) ?? []).map((unitId) => ({
                unitId,
                role: 'separate',
              })),
            ],
          })}
        >
          <Form.Item name="lead" label="主办单位">
            <Select allowClear showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
          <Form.Item name="co" label="会办单位">
            <Select mode="multiple" showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
          <Form.Item name="separate" label="分办单位">
            <Select mode="multiple" showSearch optionFilterProp="label" options={unitOptions} />
          </Form.Item>
        </ActionForm>
      )}
      {can('resolve_objection') &&
        p.objections
          .filter((o) => !o.resolution)
          .map((o) => (
            <ActionForm
              key={o.objectionId}
              testId="action-resolve"
              title={`处理异议：${o.unitName}`}
              path={`/proposals/${id}/objections/${o.objectionId}/resolve`}
              button="提交处理意见"
              transform={(v) => ({
                resolution: v.resolution,
                note: v.note,
                units: v.unitId ? [{ unitId: v.unitId, role: 'lead' }] : undefined,
              })}
            >
              <p>{o.reason}</p>
              <Form.Item name="resolution" initialValue="upheld">
                <Radio.Group
                  options={[
                    { value: 'upheld', label: '维持交办' },
                    { value: 'rerouted', label: '改办' },
                  ]}
                />
              </Form.Item>
              <Form.Item name="unitId" label="改由（主办）">
                <Select allowClear options={unitOptions} />
              </Form.Item>
              <Form.Item name="note" label="说明">
                <Input />
              </Form.Item>
            </ActionForm>
          ))}
      {can('object') && (
        <ActionForm
          testId="action-object"
          title="提出异议"
          path={`/proposals/${id}/objections`}
          button="提交异议"
        >
          <Form.Item name="reason" label="理由" rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="suggestedUnitName" label="建议承办单位">
            <Input />
          </Form.Item>
        </ActionForm>
      )}
      {can('start') && (
        <ActionForm
          testId="action-start"
          title="开始办理"
          path={`/proposals/${id}/start`}
          button="签收并开始办理"
        />
      )}
      {isUnit && ['assigned', 'handling', 'rehandling'].includes(p.state) && myUnitRole && (
        <ActionForm
          testId="action-contact"
          title="记录沟通"
          path={`/proposals/${id}/contacts`}
          button="保存沟通记录"
          transform={(v) => ({
            ...v,
            contactedAt: (v.contactedAt as dayjs.Dayjs | undefined)?.toISOString(),
          })}
        >
          <Form.Item name="method" label="方式" initialValue="phone">
            <Radio.Group
              options={CONTACT_METHODS.map((m) => ({ value: m, label: CONTACT_LABELS[m] }))}
            />
          </Form.Item>
          <Form.Item name="contactedAt" label="时间" initialValue={dayjs()}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="summary" label="沟通情况">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionForm>
      )}
      {can('co_unit_opinion') && (
        <ActionForm
          testId="action-opinion"
          title="会办意见"
          path={`/proposals/${id}/co-unit-opinions`}
          button="提交会办意见"
        >
          <Form.Item name="text" rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </ActionForm>
      )}
      {drafting && (
        <ActionForm
          testId="action-reply-draft"
          title={myDraft ? '修改答复稿' : '起草答复'}
          path={`/proposals/${id}/reply-draft`}
          method="PUT"
          button="保存答复稿"
          transform={(v) => ({ ...v, confidential: false })}
        >
          <Form.Item name="replyClass" label="答复类别" initialValue={myDraft?.replyClass}>
            <Radio.Group
              options={(classes.data ?? []).map((c) => ({ value: c.code, label: label(c.label) }))}
            />
          </Form.Item>
          <Form.Item name="text" label="答复正文" initialValue={myDraft?.text}>
            <Input.TextArea rows={6} />
          </Form.Item>
        </ActionForm>
      )}
      {(can('reply') || can('reply_again')) && myDraft && (
        <ActionForm
          testId="action-sign"
          title={`签发答复（${myDraft.replyClass}类）`}
          path={`/proposals/${id}/replies/${myDraft.replyId}/sign`}
          button="签发"
        />
      )}
      {can('feedback') && (
        <ActionForm
          testId="action-feedback"
          title="办理结果反馈"
          path={`/proposals/${id}/feedback`}
          button="提交反馈"
        >
          <Form.Item name="verdict" rules={[{ required: true }]}>
            <Radio.Group
              options={VERDICTS.map((v) => ({ value: v, label: label(VERDICT_LABELS[v]) }))}
            />
          </Form.Item>
          <Form.Item name="comment" label="意见">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionForm>
      )}
      {can('publish') && (
        <ActionForm
          testId="action-publish"
          title="公开"
          path={`/proposals/${id}/publish`}
          button="公开答复"
        />
      )}
      {(user.role === 'leader' || user.role === 'staff') && (
        <ActionForm
          testId="action-note"
          title="督办意见"
          path={`/proposals/${id}/supervision-notes`}
          button="保存"
        >
          <Form.Item name="text">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionForm>
      )}
    </div>
  );
}
