import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  DownloadOutlined,
  EyeOutlined,
  GlobalOutlined,
  RollbackOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, Button, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SpeechAction } from '@jianyan/shared';
import { downloadUrl } from '../../api/client';
import { useAction, useBody, useSessions } from '../../api/hooks';
import { speechApi, useSessionSpeeches, useSpeechDigest, type Speech } from '../../api/speeches';
import { ActionModal, ConfirmAction } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useT, type Phrase } from '../../i18n';
import { DigestView } from './DigestView';
import { SpeechFields, valuesOf, type SpeechValues } from './SpeechFields';
import { SpeechHistory } from './SpeechHistory';
import { SpeechStateTag } from './SpeechStateTag';

const ACTION_BUTTONS: Record<
  Exclude<SpeechAction, 'submit'>,
  { label: Phrase; done: Phrase; icon: React.ReactNode }
> = {
  select: { label: '选用', done: '已选用', icon: <CheckOutlined /> },
  not_select: { label: '不选用', done: '已设为不选用', icon: <StopOutlined /> },
  return: { label: '退回修改', done: '已退回', icon: <RollbackOutlined /> },
};

/**
 * 大会发言 for staff: the speeches submitted to a session; select them for the digest or not,
 * return them, put the selected ones in order (up and down), edit them, then preview the
 * compiled digest, download it as a Word document and publish it on the portal.
 */
export function SpeechesAdminPage() {
  const t = useT();
  const sessions = useSessions();
  const body = useBody();
  const [sessionId, setSessionId] = useState<string>();
  useEffect(() => {
    if (!sessionId && sessions.data?.length) {
      setSessionId(sessions.data.at(-1)!.sessionId);
    }
  }, [sessions.data, sessionId]);
  const speeches = useSessionSpeeches(sessionId);
  const digest = useSpeechDigest(sessionId);
  const [preview, setPreview] = useState(false);
  const [heading, setHeading] = useState('');
  useEffect(() => setHeading(digest.data?.heading ?? ''), [digest.data?.heading]);

  const items = speeches.data?.items ?? [];
  const selected = items.filter((s) => s.state === 'selected');
  const act = useAction<{ s: Speech; action: SpeechAction }>({
    run: ({ s, action }) => speechApi.transition(s.speechId, action),
    done: '已更新',
  });
  const move = useAction<{ index: number; by: -1 | 1 }>({
    run: ({ index, by }) => {
      const ids = selected.map((s) => s.speechId);
      [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
      return speechApi.reorder(sessionId!, ids);
    },
  });
  const saveHeading = useAction<void>({
    run: () => speechApi.saveHeading(sessionId!, heading),
    done: '已保存',
  });
  const session = sessions.data?.find((s) => s.sessionId === sessionId);
  const publicPath =
    body.data && session ? `/portal/${body.data.code}/speeches/${session.code}` : '';

  return (
    <PageCard
      title={t('大会发言')}
      subtitle={t('选用、排序和编辑大会发言，编印发言摘编')}
      testId="speeches-admin"
      extra={
        <Select
          aria-label={t('会议')}
          style={{ minWidth: 240 }}
          value={sessionId}
          onChange={setSessionId}
          options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.name }))}
        />
      }
    >
      <Table<Speech>
        rowKey="speechId"
        data-testid="speech-list"
        loading={speeches.isLoading}
        dataSource={items}
        pagination={false}
        columns={[
          {
            title: t('序号'),
            width: 110,
            render: (_, s) => {
              const index = selected.findIndex((x) => x.speechId === s.speechId);
              if (index < 0) {
                return null;
              }
              return (
                <Space size={2}>
                  <b data-testid="speech-position">{index + 1}</b>
                  <Button
                    size="small"
                    type="text"
                    aria-label={t('上移')}
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0 || move.isPending}
                    onClick={() => move.mutate({ index, by: -1 })}
                  />
                  <Button
                    size="small"
                    type="text"
                    aria-label={t('下移')}
                    icon={<ArrowDownOutlined />}
                    disabled={index === selected.length - 1 || move.isPending}
                    onClick={() => move.mutate({ index, by: 1 })}
                  />
                </Space>
              );
            },
          },
          {
            title: t('标题'),
            render: (_, s) => (
              <div data-testid="speech-title">
                <div>{s.titleLines[0]}</div>
                {s.titleLines[1] && <div style={{ color: '#8c8c8c' }}>{s.titleLines[1]}</div>}
                {s.original && <Tag color="orange">{t('已编辑')}</Tag>}
              </div>
            ),
          },
          { title: t('发言人'), render: (_, s) => s.speakerLine },
          { title: t('状态'), render: (_, s) => <SpeechStateTag state={s.state} /> },
          {
            title: t('操作'),
            render: (_, s) => (
              <Space wrap size={4}>
                {s.allowedActions
                  .filter((a): a is Exclude<SpeechAction, 'submit'> => a !== 'submit')
                  .map((a) => (
                    <Button
                      key={a}
                      size="small"
                      icon={ACTION_BUTTONS[a].icon}
                      type={a === 'select' ? 'primary' : 'default'}
                      loading={
                        act.isPending && act.variables?.s === s && act.variables.action === a
                      }
                      onClick={() => act.mutate({ s, action: a })}
                    >
                      {t(ACTION_BUTTONS[a].label)}
                    </Button>
                  ))}
                {s.canEdit && (
                  <ActionModal<SpeechValues>
                    label="编辑"
                    title="编辑大会发言"
                    width={720}
                    intro={
                      <Typography.Text type="secondary">
                        {t('修改会被记录，原稿保留。')}
                      </Typography.Text>
                    }
                    initialValues={valuesOf(s)}
                    fields={<SpeechFields collective={s.speakerKind === 'organisation'} />}
                    run={(v) => speechApi.update(s.speechId, v)}
                    done="已保存"
                  />
                )}
                <SpeechHistory speechId={s.speechId} />
                {s.canMakeProposal && (
                  <ConfirmAction
                    label="转为提案"
                    title="转为提案"
                    content={t('将以本发言的标题、问题和建议为发言人生成一件提案草稿。')}
                    run={() => speechApi.makeProposal(s.speechId)}
                    done="已生成提案草稿"
                  />
                )}
                {s.proposalId && (
                  <Link to={`/proposals/${s.proposalId}`}>
                    <Button size="small" type="link">
                      {t('查看提案')}
                    </Button>
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('发言摘编')}
      </Typography.Title>
      {digest.data?.publishedAt && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('发言摘编已公开')}
          action={publicPath && <Link to={publicPath}>{t('查看公开页面')}</Link>}
        />
      )}
      <Space wrap>
        <Space.Compact>
          <Input
            aria-label={t('摘编标题')}
            style={{ minWidth: 420 }}
            value={heading}
            onChange={(e) => setHeading(e.target.value)}
          />
          <Button onClick={() => saveHeading.mutate()} loading={saveHeading.isPending}>
            {t('保存标题')}
          </Button>
        </Space.Compact>
        <Button
          icon={<EyeOutlined />}
          onClick={() => setPreview(true)}
          data-testid="preview-digest"
        >
          {t('预览摘编')}
        </Button>
        <a href={sessionId ? downloadUrl(`/sessions/${sessionId}/speech-digest.docx`) : undefined}>
          <Button icon={<DownloadOutlined />}>{t('下载 Word')}</Button>
        </a>
        {digest.data?.publishedAt ? (
          <ConfirmAction
            label="撤回公开"
            title="撤回公开"
            run={() => speechApi.publish(sessionId!, false)}
            done="已撤回公开"
          />
        ) : (
          <ConfirmAction
            label="公开发布"
            title="公开发布发言摘编"
            type="primary"
            icon={<GlobalOutlined />}
            content={t('发布后，发言摘编将在门户网站公开。')}
            run={() => speechApi.publish(sessionId!, true)}
            done="已公开发布"
            testId="publish-digest"
          />
        )}
      </Space>
      <Drawer
        open={preview}
        onClose={() => setPreview(false)}
        size="large"
        title={t('发言摘编预览')}
      >
        {digest.data && <DigestView digest={digest.data} />}
      </Drawer>
    </PageCard>
  );
}
