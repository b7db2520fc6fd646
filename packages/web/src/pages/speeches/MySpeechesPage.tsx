import { EditOutlined, FileAddOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSessions } from '../../api/hooks';
import { speechApi, useMySpeeches, type Speech } from '../../api/speeches';
import { useUser } from '../../auth/session';
import { ActionModal, ConfirmAction } from '../../components/ActionModal';
import { fmtDateTime } from '../../components/format';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';
import { SpeechFields, valuesOf, type SpeechValues } from './SpeechFields';
import { SpeechStateTag } from './SpeechStateTag';

/** 我的大会发言: a member's or collective's speech drafts, submitted to a session's plenary. */
export function MySpeechesPage() {
  const t = useT();
  const user = useUser();
  const navigate = useNavigate();
  const sessions = useSessions();
  const speeches = useMySpeeches();
  const collective = !!user?.organisationId;
  const sessionName = (id: string) => sessions.data?.find((s) => s.sessionId === id)?.name ?? '';
  return (
    <PageCard
      title={t('我的大会发言')}
      subtitle={t('撰写大会发言稿并提交，由工作人员选用编入发言摘编')}
      testId="my-speeches"
      extra={
        // Mounted once the sessions are known, so the form starts on the latest session.
        sessions.data && (
          <ActionModal<SpeechValues>
            label="撰写大会发言"
            type="primary"
            icon={<EditOutlined />}
            width={720}
            testId="new-speech"
            initialValues={{
              sessionId: sessions.data.at(-1)?.sessionId,
              affiliation: collective ? '' : '市政协委员',
            }}
            fields={<SpeechFields sessions={sessions.data} collective={collective} />}
            run={({ sessionId, ...v }) => speechApi.create(sessionId!, v)}
            done="已保存草稿"
            okText="保存草稿"
          />
        )
      }
    >
      <Table<Speech>
        rowKey="speechId"
        data-testid="my-speech-list"
        loading={speeches.isLoading}
        dataSource={speeches.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: t('标题'),
            render: (_, s) => (
              <div>
                <div>{s.titleLines[0]}</div>
                {s.titleLines[1] && <div style={{ color: '#8c8c8c' }}>{s.titleLines[1]}</div>}
              </div>
            ),
          },
          { title: t('会议'), render: (_, s) => sessionName(s.sessionId) },
          { title: t('状态'), render: (_, s) => <SpeechStateTag state={s.state} /> },
          { title: t('提交时间'), render: (_, s) => fmtDateTime(s.submittedAt) },
          {
            title: t('操作'),
            render: (_, s) => (
              <Space wrap>
                {s.canEdit && (
                  <ActionModal<SpeechValues>
                    label="修改"
                    title="修改大会发言"
                    width={720}
                    initialValues={valuesOf(s)}
                    fields={<SpeechFields collective={collective} />}
                    run={(v) => speechApi.update(s.speechId, v)}
                    done="已保存"
                  />
                )}
                {s.allowedActions.includes('submit') && (
                  <ConfirmAction
                    label="提交"
                    title="提交大会发言"
                    type="primary"
                    icon={<SendOutlined />}
                    content={t('提交后不能再修改，除非工作人员退回。')}
                    run={() => speechApi.transition(s.speechId, 'submit')}
                    done="已提交"
                    testId="submit-speech"
                  />
                )}
                {s.canMakeProposal && (
                  <ConfirmAction
                    label="转为提案"
                    title="转为提案"
                    icon={<FileAddOutlined />}
                    content={t('将以本发言的标题、问题和建议生成一件提案草稿。')}
                    run={async () => {
                      const r = await speechApi.makeProposal(s.speechId);
                      void navigate(`/proposals/${r.proposalId}`);
                    }}
                    done="已生成提案草稿"
                  />
                )}
                {s.proposalId && (
                  <Link to={`/proposals/${s.proposalId}`}>
                    <Button type="link">{t('查看提案')}</Button>
                  </Link>
                )}
              </Space>
            ),
          },
        ]}
      />
    </PageCard>
  );
}
