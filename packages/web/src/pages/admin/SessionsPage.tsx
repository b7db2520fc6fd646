import { PlusOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { useSessions } from '../../api/hooks';
import type { Session } from '../../api/types';
import { ActionModal } from '../../components/ActionModal';
import { TZ, fmtDateTime } from '../../components/format';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

interface Values {
  code: string;
  name: string;
  submissionDeadline: Dayjs;
  dates?: [Dayjs | null, Dayjs | null];
}

/** 会议: each plenary session with its submission deadline (after it, proposals are 平时提案). */
export function SessionsPage() {
  const t = useT();
  const sessions = useSessions();
  const now = Date.now();
  return (
    <PageCard
      title={t('会议与截止时间')}
      subtitle={t('每次全体会议的提案截止时间；截止后提交的提案作为平时提案，单独编号')}
      testId="admin-sessions"
      extra={
        <ActionModal<Values>
          label="新建会议"
          type="primary"
          icon={<PlusOutlined />}
          fields={
            <>
              <Form.Item
                name="code"
                label={t('代码')}
                rules={[
                  { required: true, message: t('请填写代码') },
                  { pattern: /^[A-Za-z0-9_-]+$/, message: t('只能包含字母、数字、- 和 _') },
                ]}
                extra={t('例如 2026，用于编号和公开网址')}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name="name"
                label={t('名称')}
                rules={[{ required: true, message: t('请填写名称') }]}
              >
                <Input placeholder={t('例如：政协第五届晋中市委员会第五次会议')} />
              </Form.Item>
              <Form.Item name="dates" label={t('会期')}>
                <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="submissionDeadline"
                label={t('提案截止时间（北京时间）')}
                rules={[{ required: true, message: t('请选择截止时间') }]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          }
          mapField={(f) => (f === 'opensOn' || f === 'closesOn' ? 'dates' : f)}
          run={(v) =>
            api.post('/sessions', {
              code: v.code,
              name: v.name,
              submissionDeadline: dayjs
                .tz(v.submissionDeadline.format('YYYY-MM-DD HH:mm'), TZ)
                .toISOString(),
              opensOn: v.dates?.[0]?.format('YYYY-MM-DD'),
              closesOn: v.dates?.[1]?.format('YYYY-MM-DD'),
            })
          }
          done="会议已创建"
          testId="new-session"
        />
      }
    >
      <Table<Session>
        rowKey="sessionId"
        loading={sessions.isLoading}
        dataSource={sessions.data ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          { title: t('代码'), dataIndex: 'code', width: 90 },
          { title: t('名称'), dataIndex: 'name' },
          {
            title: t('会期'),
            key: 'dates',
            width: 220,
            render: (_: unknown, s) => (s.opensOn ? `${s.opensOn} — ${s.closesOn ?? ''}` : '—'),
          },
          {
            title: t('提案截止时间'),
            dataIndex: 'submissionDeadline',
            width: 160,
            render: fmtDateTime,
          },
          {
            title: t('状态'),
            key: 'state',
            width: 100,
            render: (_: unknown, s) =>
              Date.parse(s.submissionDeadline) > now ? (
                <Tag color="green">{t('征集中')}</Tag>
              ) : (
                <Tag>{t('已截止')}</Tag>
              ),
          },
        ]}
      />
    </PageCard>
  );
}
