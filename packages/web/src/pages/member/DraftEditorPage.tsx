import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CATEGORY_AREA_LABELS, CATEGORY_AREAS } from '@jianyan/shared';
import { api } from '../../api/client';
import {
  invalidateProposals,
  useCategories,
  useProposal,
  useProposers,
  useSessions,
} from '../../api/hooks';
import type { ProposalDetail, Session, SubmissionReceipt } from '../../api/types';
import { useUser } from '../../auth/session';
import { applyApiErrors } from '../../components/form-errors';
import { fmtDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { useLabel, useLang, useT } from '../../i18n';
import { COSIGNER_STATE_LABELS } from '../../i18n/vocab';
import { useQueryClient } from '@tanstack/react-query';
import { SimilarWhileDrafting } from './SimilarWhileDrafting';
import { AttachmentsEditor } from '../proposal/Attachments';

interface Values {
  sessionId: string;
  title: string;
  categoryId?: string | null;
  problem?: string;
  suggestions?: string;
  confidential?: boolean;
  cosignerUserIds?: string[];
}

const TITLE_MAX = 200;
const TEXT_MAX = 20000;

/** The open session: the first whose deadline has not passed, else the latest. */
function defaultSession(sessions: Session[]): Session | undefined {
  const now = Date.now();
  const open = sessions.filter((s) => Date.parse(s.submissionDeadline) > now);
  return open[0] ?? sessions[sessions.length - 1];
}

/** Invites co-signers: searches the body's members and deputies by name. */
function CosignerSelect({
  id,
  value,
  onChange,
  exclude,
}: {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  exclude: string[];
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setDebounced(q), 250);
    return () => clearTimeout(h);
  }, [q]);
  const proposers = useProposers(debounced);
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (proposers.data ?? [])
    .filter((u) => !exclude.includes(u.userId))
    .slice(0, 50)
    .map((u) => ({
      value: u.userId,
      label: u.displayName,
      desc: u.organisationName ?? u.sector ?? '',
    }));
  // Keep the names of chosen people when the search moves on.
  const allOptions = [
    ...options,
    ...(value ?? [])
      .filter((id) => !options.some((o) => o.value === id))
      .map((id) => ({ value: id, label: known[id] ?? id, desc: '' })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(v: string[], opts) => {
        const list = Array.isArray(opts) ? opts : [opts];
        setKnown((k) => ({
          ...k,
          ...Object.fromEntries(list.flatMap((o) => (o ? [[o.value, o.label]] : []))),
        }));
        onChange?.(v);
      }}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      onBlur={() => setQ('')}
      loading={proposers.isFetching}
      placeholder={t('输入姓名搜索委员')}
      options={allOptions}
      optionRender={(o) => (
        <Space>
          <span>{o.label}</span>
          {o.data.desc && <Typography.Text type="secondary">{o.data.desc}</Typography.Text>}
        </Space>
      )}
      notFoundContent={proposers.isFetching ? t('搜索中…') : t('没有找到')}
    />
  );
}

/**
 * Writing a proposal: title, 案由 (the problem), 建议 (the suggestions), a category hint,
 * attachments and co-signers. Saves a draft; submitting asks for confirmation first.
 */
export function DraftEditorPage() {
  const { proposalId } = useParams();
  const existing = useProposal(proposalId);
  if (proposalId && existing.isLoading) {
    return <Loading />;
  }
  if (proposalId && !existing.data) {
    return <Result status="404" title={existing.error ? String(existing.error.message) : ''} />;
  }
  return <DraftForm key={proposalId ?? 'new'} proposal={existing.data} />;
}

function DraftForm({ proposal: loaded }: { proposal?: ProposalDetail }) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const user = useUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const sessions = useSessions();
  const categories = useCategories();
  const [busy, setBusy] = useState<'save' | 'submit'>();
  const [error, setError] = useState<string>();
  // The draft as last saved: after the first save a new proposal is edited like an existing one.
  const [saved, setSaved] = useState<ProposalDetail | undefined>(loaded);
  useEffect(() => {
    if (loaded && (!saved || loaded.version > saved.version)) {
      setSaved(loaded);
    }
  }, [loaded, saved]);
  const proposal = saved;

  const editable =
    !proposal || (proposal.state === 'draft' && proposal.ownerUserId === user.userId);
  const sessionId = Form.useWatch('sessionId', form) ?? proposal?.sessionId;
  const draftTitle = Form.useWatch('title', form);
  const session = sessions.data?.find((s) => s.sessionId === sessionId);
  const late = session ? Date.parse(session.submissionDeadline) < Date.now() : false;

  useEffect(() => {
    if (!proposal && sessions.data && !form.getFieldValue('sessionId')) {
      const s = defaultSession(sessions.data);
      if (s) {
        form.setFieldValue('sessionId', s.sessionId);
      }
    }
  }, [sessions.data, proposal, form]);

  const categoryOptions = useMemo(
    () =>
      CATEGORY_AREAS.map((area) => ({
        label: label(CATEGORY_AREA_LABELS[area]),
        title: area,
        options: (categories.data ?? [])
          .filter((c) => c.area === area && c.active)
          .map((c) => ({ value: c.categoryId, label: c.name })),
      })).filter((g) => g.options.length > 0),
    [categories.data, label],
  );

  if (!editable) {
    return (
      <Result
        status="warning"
        title={t('只有本人的草稿可以修改')}
        extra={
          <Link to={`/proposals/${proposal.proposalId}`}>
            <Button type="primary">{t('查看提案')}</Button>
          </Link>
        }
      />
    );
  }

  /** Saves the draft (creating it the first time); returns the saved proposal. */
  const save = async (v: Values): Promise<ProposalDetail> => {
    const current = saved;
    const text = {
      title: v.title,
      problem: v.problem ?? '',
      suggestions: v.suggestions ?? '',
      categoryId: v.categoryId ?? null,
      confidential: Boolean(v.confidential),
    };
    let result: ProposalDetail;
    if (!current) {
      result = await api.post<ProposalDetail>('/proposals', {
        ...text,
        sessionId: v.sessionId,
        cosignerUserIds: v.cosignerUserIds ?? [],
      });
    } else {
      result = await api.patch<ProposalDetail>(`/proposals/${current.proposalId}`, text, {
        ifMatch: current.version,
      });
      if (v.cosignerUserIds?.length) {
        result = await api.post<ProposalDetail>(`/proposals/${current.proposalId}/cosigners`, {
          userIds: v.cosignerUserIds,
        });
      }
    }
    return result;
  };

  const run = async (submitAfter: boolean) => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(undefined);
    setBusy(submitAfter ? 'submit' : 'save');
    try {
      const p = await save(v);
      // The draft exists now, even if submitting fails below: later saves edit it.
      setSaved(p);
      form.setFieldValue('cosignerUserIds', []);
      if (submitAfter) {
        const receipt = await api.post<SubmissionReceipt>(
          `/proposals/${p.proposalId}/submit`,
          {},
          { ifMatch: p.version },
        );
        void message.success(
          receipt.origin === 'interim' ? t('已提交，作为平时提案办理') : t('提案已提交'),
        );
      } else {
        void message.success(t('草稿已保存'));
      }
      await invalidateProposals(qc);
      await navigate(`/proposals/${p.proposalId}`);
    } catch (e) {
      await invalidateProposals(qc);
      setError(
        applyApiErrors(form, e, lang, (f) =>
          f.startsWith('userIds') ? 'cosignerUserIds' : f.split('.')[0],
        ),
      );
    } finally {
      setBusy(undefined);
    }
  };

  const confirmSubmit = () => {
    modal.confirm({
      title: t('确认提交提案？'),
      content: late
        ? t('本次会议提案截止时间已过，提交后将作为平时提案办理。提交后不能再修改。')
        : t('提交后不能再修改，未确认的联名邀请将失效。'),
      okText: t('确认提交'),
      cancelText: t('取消'),
      onOk: () => run(true),
    });
  };

  const confirmedOrPending = (proposal?.cosigners ?? []).filter((c) => c.state !== 'declined');

  return (
    <PageCard
      title={proposal ? t('修改提案草稿') : t('撰写提案')}
      subtitle={t('一事一案：每件提案只提一个问题，案由说明问题，建议具体可行')}
      testId="draft-editor"
    >
      {late && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="interim-warning"
          title={t('本次会议提案截止时间（{deadline}）已过，现在提交的提案将作为平时提案办理', {
            deadline: fmtDateTime(session?.submissionDeadline),
          })}
        />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="form-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={
          proposal
            ? {
                sessionId: proposal.sessionId,
                title: proposal.title,
                problem: proposal.problem,
                suggestions: proposal.suggestions,
                categoryId: proposal.categoryId,
                confidential: proposal.confidential,
              }
            : { confidential: false }
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="sessionId"
              label={t('会议')}
              rules={[{ required: true, message: t('请选择会议') }]}
            >
              <Select
                disabled={Boolean(proposal)}
                loading={sessions.isLoading}
                options={(sessions.data ?? []).map((s) => ({
                  value: s.sessionId,
                  label: `${s.name}（${t('截止')} ${fmtDateTime(s.submissionDeadline)}）`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="categoryId"
              label={t('类别')}
              extra={t('可不选，由提案委员会审查时确定')}
            >
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('请选择类别')}
                options={categoryOptions}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label={t('标题')}
          rules={[
            { required: true, whitespace: true, message: t('请填写标题') },
            { max: TITLE_MAX, message: t('标题不能超过 {n} 字', { n: TITLE_MAX }) },
          ]}
          extra={t('例如：关于推进城乡养老服务一体化的提案')}
        >
          <Input maxLength={TITLE_MAX} showCount />
        </Form.Item>
        <SimilarWhileDrafting title={draftTitle ?? ''} selfId={proposal?.proposalId} />
        <Form.Item
          name="problem"
          label={t('案由')}
          required
          tooltip={t('保存草稿时可以空着，提交前必须填写')}
        >
          <Input.TextArea
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={TEXT_MAX}
            showCount
            placeholder={t('说明存在的问题、原因和影响（提交前必填）')}
          />
        </Form.Item>
        <Form.Item
          name="suggestions"
          label={t('建议')}
          required
          tooltip={t('保存草稿时可以空着，提交前必须填写')}
        >
          <Input.TextArea
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={TEXT_MAX}
            showCount
            placeholder={t('提出具体、可行的建议，可分条列出（提交前必填）')}
          />
        </Form.Item>
        <Form.Item
          name="cosignerUserIds"
          label={t('邀请联名')}
          extra={t('被邀请人确认后方为联名人；提交时未确认的邀请自动失效')}
        >
          <CosignerSelect exclude={[user.userId, ...confirmedOrPending.map((c) => c.userId)]} />
        </Form.Item>
        {confirmedOrPending.length > 0 && (
          <div style={{ marginTop: -12, marginBottom: 16 }} data-testid="cosigners">
            <Typography.Text type="secondary">{t('已邀请：')}</Typography.Text>
            {proposal!.cosigners.map((c) => (
              <Tag
                key={c.userId}
                color={
                  c.state === 'confirmed' ? 'green' : c.state === 'pending' ? 'blue' : 'default'
                }
              >
                {c.displayName}（{label(COSIGNER_STATE_LABELS[c.state])}）
              </Tag>
            ))}
          </div>
        )}
        <Form.Item name="confidential" valuePropName="checked">
          <Checkbox>{t('不公开（内容涉及敏感信息，办结后不在门户网站公开）')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('附件')}>
          {proposal ? (
            <AttachmentsEditor proposal={proposal} />
          ) : (
            <Typography.Text type="secondary">
              {t('保存草稿后可上传附件（调研报告、照片等）')}
            </Typography.Text>
          )}
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={busy === 'save'}
            onClick={() => void run(false)}
          >
            {t('保存草稿')}
          </Button>
          <Button icon={<SendOutlined />} loading={busy === 'submit'} onClick={confirmSubmit}>
            {t('保存并提交')}
          </Button>
          <Button
            onClick={() => void navigate(proposal ? `/proposals/${proposal.proposalId}` : '/my')}
          >
            {t('取消')}
          </Button>
        </Space>
      </Form>
    </PageCard>
  );
}
