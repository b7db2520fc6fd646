import {
  Alert,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import {
  SUPERVISION_RATINGS,
  SUPERVISION_RATING_LABELS,
  type SupervisionRating,
  type SupervisionUnitAction,
} from '@jianyan/shared';
import {
  supervisionApi,
  useSupervisedItem,
  useSupervisionOptions,
  type SupervisedItemDetail,
  type SupervisionRecord,
} from '../../api/supervision';
import { ActionModal } from '../../components/ActionModal';
import { fmtDate, fmtDateTime, numberText } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useLabel, useT, type Phrase } from '../../i18n';
import { StageBadges } from './StageBadges';

const ACTION_PHRASES: Record<SupervisionRecord['action'], Phrase> = {
  deploy: '研究部署',
  progress: '报告进展',
  timetable: '明确时间表',
  settle: '办结',
  rate: '评价',
  return: '退回重办',
};

/** A supervised item with its stages and history, and the actions of the caller's side. */
export function ItemDetail({ itemId, manage }: { itemId: string; manage: boolean }) {
  const t = useT();
  const label = useLabel();
  const item = useSupervisedItem(itemId);
  if (!item.data) {
    return <Loading />;
  }
  const i = item.data;
  return (
    <Flex vertical gap={16} data-testid="supervision-detail">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('事项')}>
          {i.proposalId ? (
            <Link to={`/proposals/${i.proposalId}`}>
              {numberText(i.proposalNumber)} {i.title}
            </Link>
          ) : (
            i.title
          )}
          {i.major && (
            <Tag color="purple" style={{ marginInlineStart: 8 }}>
              {t('重大复杂事项')}
            </Tag>
          )}
        </Descriptions.Item>
        {i.description && <Descriptions.Item label={t('说明')}>{i.description}</Descriptions.Item>}
        <Descriptions.Item label={t('督办规则')}>{i.profile.name}</Descriptions.Item>
        <Descriptions.Item label={t('承办单位')}>
          {i.units.map((u) => u.name).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('督办领导')}>
          <span data-testid="supervising-leader">{i.leaderName ?? t('未指定')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('交办时间')}>{fmtDateTime(i.assignedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('办理时限')}>
          <StageBadges stages={i.stages} />
        </Descriptions.Item>
        <Descriptions.Item label={t('状态')}>
          <span data-testid="item-state">
            {i.state === 'open' ? t('办理中') : t('已办结')}
            {i.round > 1 && ` · ${t('第{n}轮', { n: i.round })}`}
            {i.rating && ` · ${label(SUPERVISION_RATING_LABELS[i.rating])}`}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>{manage ? <ManagerActions item={i} /> : <UnitActions item={i} />}</Space>
      <div>
        <Typography.Title level={5}>{t('办理记录')}</Typography.Title>
        {i.records.length === 0 ? (
          <Typography.Text type="secondary">{t('尚无办理记录')}</Typography.Text>
        ) : (
          <Timeline
            data-testid="supervision-records"
            items={i.records.map((r) => ({
              key: r.recordId,
              color: r.action === 'return' ? 'red' : r.action === 'settle' ? 'green' : 'blue',
              children: (
                <div>
                  <Typography.Text strong>{t(ACTION_PHRASES[r.action])}</Typography.Text>
                  {r.rating && ` · ${label(SUPERVISION_RATING_LABELS[r.rating])}`}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {r.unitName ?? r.actorName} · {fmtDateTime(r.at)}
                  </Typography.Text>
                  {r.text && <div>{r.text}</div>}
                </div>
              ),
            }))}
          />
        )}
      </div>
      {manage && (
        <div>
          <Typography.Title level={5}>{t('督办意见')}</Typography.Title>
          {i.notes.length === 0 ? (
            <Typography.Text type="secondary">{t('尚无督办意见')}</Typography.Text>
          ) : (
            i.notes.map((n) => (
              <div key={n.noteId} data-testid="supervision-note" style={{ marginBottom: 8 }}>
                <div>{n.text}</div>
                <Typography.Text type="secondary">
                  {n.authorName} · {fmtDateTime(n.createdAt)}
                </Typography.Text>
              </div>
            ))
          )}
        </div>
      )}
    </Flex>
  );
}

function ManagerActions({ item }: { item: SupervisedItemDetail }) {
  const t = useT();
  const label = useLabel();
  const options = useSupervisionOptions();
  return (
    <>
      <ActionModal<{ leaderUserId?: string }>
        label="设置督办领导"
        testId="set-leader"
        formName="set-leader"
        initialValues={{ leaderUserId: item.leaderUserId ?? undefined }}
        fields={
          <Form.Item name="leaderUserId" label={t('督办领导')}>
            <Select
              allowClear
              data-testid="leader-select"
              options={(options.data?.leaders ?? []).map((l) => ({
                value: l.userId,
                label: l.displayName,
              }))}
            />
          </Form.Item>
        }
        run={(v) => supervisionApi.setLeader(item.itemId, v.leaderUserId ?? null)}
        done="督办领导已设置"
      />
      <ActionModal<{ text: string }>
        label="填写督办意见"
        testId="add-note"
        formName="add-note"
        fields={
          <Form.Item name="text" label={t('督办意见')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} data-testid="note-text" />
          </Form.Item>
        }
        run={(v) => supervisionApi.addNote(item.itemId, v.text)}
        done="督办意见已保存"
      />
      {item.state === 'closed' && !item.rating && (
        <ActionModal<{ rating: SupervisionRating; comment?: string; returnItem?: boolean }>
          label="评价"
          type="primary"
          testId="rate-item"
          formName="rate-item"
          intro={t('对已办结事项评价；评为不合格的可以退回重新办理。')}
          initialValues={{ rating: 'good', returnItem: false }}
          fields={(form) => (
            <>
              <Form.Item name="rating" label={t('评价')} rules={[{ required: true }]}>
                <Radio.Group
                  data-testid="rating"
                  options={SUPERVISION_RATINGS.map((r) => ({
                    value: r,
                    label: label(SUPERVISION_RATING_LABELS[r]),
                  }))}
                />
              </Form.Item>
              <Form.Item name="comment" label={t('评价意见')}>
                <Input.TextArea rows={3} data-testid="rating-comment" />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {() =>
                  form.getFieldValue('rating') === 'fail' && (
                    <Form.Item name="returnItem" label={t('退回重新办理')} valuePropName="checked">
                      <Switch data-testid="return-item" />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
          run={(v) =>
            supervisionApi.rate(item.itemId, {
              rating: v.rating,
              comment: v.comment ?? '',
              returnItem: v.rating === 'fail' && Boolean(v.returnItem),
            })
          }
          done="评价已保存"
        />
      )}
    </>
  );
}

const UNIT_ACTIONS: { action: SupervisionUnitAction; label: Phrase; done: Phrase }[] = [
  { action: 'deploy', label: '报告研究部署', done: '已报告研究部署' },
  { action: 'progress', label: '报告进展', done: '进展已报告' },
  { action: 'timetable', label: '明确时间表', done: '时间表已报送' },
  { action: 'settle', label: '报告办结', done: '已报告办结' },
];

function UnitActions({ item }: { item: SupervisedItemDetail }) {
  const t = useT();
  if (item.state !== 'open') {
    return (
      <Alert
        type="success"
        showIcon
        title={t('该事项已办结，等待交办机关评价')}
        style={{ width: '100%' }}
      />
    );
  }
  const available = UNIT_ACTIONS.filter(({ action }) =>
    action === 'deploy'
      ? !item.stages[0]!.doneAt
      : Boolean(item.stages[0]!.doneAt) && (action !== 'timetable' || item.major),
  );
  return (
    <>
      {available.map(({ action, label, done }) => (
        <ActionModal<{ text: string; plannedDate?: Dayjs }>
          key={action}
          label={label}
          type={action === 'settle' ? 'primary' : 'default'}
          testId={`stage-action-${action}`}
          formName={`stage-action-${action}`}
          fields={
            <>
              <Form.Item name="text" label={t('情况说明')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} data-testid="stage-text" />
              </Form.Item>
              {action === 'timetable' && (
                <Form.Item
                  name="plannedDate"
                  label={t('计划办结日期')}
                  rules={[{ required: true }]}
                >
                  <DatePicker data-testid="planned-date" />
                </Form.Item>
              )}
            </>
          }
          run={(v) =>
            supervisionApi.recordStage(item.itemId, {
              action,
              text: v.text,
              plannedDate: v.plannedDate?.format('YYYY-MM-DD'),
            })
          }
          done={done}
        />
      ))}
      {item.timetableDueAt && (
        <Typography.Text type="secondary">
          {t('时间表：{date} 前办结', { date: fmtDate(item.timetableDueAt) })}
        </Typography.Text>
      )}
    </>
  );
}
