import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, errorText } from '../../api/client';
import { useAction } from '../../api/hooks';
import { inBeijing } from '../../components/format';
import { PageCard } from '../../components/PageCard';
import { useLang, useT, type Phrase } from '../../i18n';

type DayKind = 'holiday' | 'workday';

interface CalendarDay {
  date: string;
  official: { kind: DayKind; name: string } | null;
  local: { kind: DayKind; note: string } | null;
  counts: DayKind;
}

interface CalendarYear {
  year: number;
  covered: boolean;
  source: string | null;
  days: CalendarDay[];
}

interface Computed {
  dueDate: string;
  skipped: { date: string; reason: string }[];
}

const KIND: Record<DayKind, { text: Phrase; color: string }> = {
  holiday: { text: '休息日', color: 'red' },
  workday: { text: '工作日', color: 'blue' },
};

const WEEKDAYS: Phrase[] = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const YEARS = Array.from({ length: 8 }, (_, i) => 2020 + i);

/**
 * 工作日历: the official holidays and make-up working days of a year, the body's own edits marked
 * apart with their notes, and a calculator that counts a deadline the way the rules do.
 */
export function CalendarPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(inBeijing(new Date()).format('YYYY'));
  const year = Number(params.get('year') ?? thisYear) || thisYear;
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: () => api.get<CalendarYear>('/calendar', { year }),
  });
  const [form] = Form.useForm<{ date: Dayjs; kind: DayKind; note: string }>();
  const add = useAction<{ date: Dayjs; kind: DayKind; note: string }>({
    run: (v) =>
      api.put(`/calendar/overrides/${v.date.format('YYYY-MM-DD')}`, { kind: v.kind, note: v.note }),
    done: '已保存本机构的日历调整',
    form,
    onDone: () => form.resetFields(),
  });
  const remove = useAction<string>({
    run: (date) => api.delete(`/calendar/overrides/${date}`),
    done: '已撤销调整，该日按国家安排计算',
  });
  const data = calendar.data;
  return (
    <Flex vertical gap={16}>
      <PageCard
        title={t('工作日历')}
        subtitle={t(
          '国家法定节假日和调休上班日，以及本机构的调整。按工作日计算的期限（异议期、反馈期等）按此日历计算；已开始计算的期限日期不变，倒计时按新日历显示。',
        )}
        testId="calendar"
        extra={
          <Select
            value={year}
            onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
            options={YEARS.map((y) => ({ value: y, label: t('{y}年', { y }) }))}
            aria-label={t('年度')}
            style={{ width: 120 }}
          />
        }
      >
        {data && !data.covered && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('本年度的国家放假安排尚未收录或尚未公布，请按公布的通知补充调整。')}
          />
        )}
        {data?.source && (
          <Typography.Paragraph type="secondary">
            {t('数据来源：{source}', { source: data.source })}
          </Typography.Paragraph>
        )}
        <div data-testid="calendar-days">
          <Table<CalendarDay>
            rowKey="date"
            size="small"
            loading={calendar.isLoading}
            dataSource={data?.days ?? []}
            pagination={false}
            scroll={{ x: 760 }}
            rowClassName={(d) => (d.local ? 'calendar-local' : '')}
            columns={[
              {
                title: t('日期'),
                dataIndex: 'date',
                width: 150,
                render: (d: string) =>
                  `${d} ${t(WEEKDAYS[new Date(`${d}T00:00:00Z`).getUTCDay()]!)}`,
              },
              {
                title: t('国家安排'),
                key: 'official',
                render: (_: unknown, d) =>
                  d.official ? (
                    <span>
                      <Tag color={KIND[d.official.kind].color}>{t(KIND[d.official.kind].text)}</Tag>
                      {d.official.name}
                    </span>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              {
                title: t('本机构调整'),
                key: 'local',
                render: (_: unknown, d) =>
                  d.local ? (
                    <span data-testid="local-edit">
                      <Tag color="purple">{t('本机构')}</Tag>
                      <Tag color={KIND[d.local.kind].color}>{t(KIND[d.local.kind].text)}</Tag>
                      {d.local.note}
                    </span>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              {
                title: t('按此计算'),
                dataIndex: 'counts',
                width: 100,
                render: (k: DayKind) => <Tag color={KIND[k].color}>{t(KIND[k].text)}</Tag>,
              },
              {
                title: t('操作'),
                key: 'remove',
                width: 90,
                render: (_: unknown, d) =>
                  d.local && (
                    <Popconfirm
                      title={t('撤销本机构对该日的调整？')}
                      okText={t('撤销')}
                      cancelText={t('取消')}
                      onConfirm={() => remove.mutate(d.date)}
                    >
                      <Button size="small" icon={<DeleteOutlined />} aria-label={t('撤销')} />
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </div>
      </PageCard>
      <Card title={t('添加本机构调整')}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ kind: 'holiday' }}
          onFinish={(v) => add.mutate(v)}
          data-testid="calendar-override-form"
        >
          <Form.Item
            name="date"
            label={t('日期')}
            rules={[{ required: true, message: t('请选择日期') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="kind" label={t('调整为')}>
            <Radio.Group
              options={[
                { value: 'holiday', label: t('休息日') },
                { value: 'workday', label: t('工作日') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('说明')}
            rules={[
              { required: true, whitespace: true, message: t('请填写调整说明') },
              { max: 200 },
            ]}
          >
            <Input style={{ width: 260 }} placeholder={t('如：本市运动会放假一天')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('保存调整')}
          </Button>
        </Form>
      </Card>
      <DeadlineCalculator />
    </Flex>
  );
}

/** A day plus N working days or N months, on the body's calendar, with the days off skipped. */
function DeadlineCalculator() {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState<{ from: string; n: number; unit: string }>();
  const result = useQuery({
    queryKey: ['calendar', 'compute', query],
    queryFn: () =>
      api.get<Computed>('/calendar/compute', {
        from: query!.from,
        [query!.unit]: query!.n,
      }),
    enabled: Boolean(query),
    retry: false,
  });
  return (
    <Card title={t('期限计算器')} data-testid="deadline-calculator">
      <Form
        layout="inline"
        initialValues={{ n: 10, unit: 'workingDays' }}
        onFinish={(v: { from: Dayjs; n: number; unit: string }) =>
          setQuery({ from: v.from.format('YYYY-MM-DD'), n: v.n, unit: v.unit })
        }
      >
        <Form.Item
          name="from"
          label={t('起算日')}
          rules={[{ required: true, message: t('请选择日期') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="n" label={t('加')}>
          <InputNumber min={0} max={365} />
        </Form.Item>
        <Form.Item name="unit">
          <Radio.Group
            options={[
              { value: 'workingDays', label: t('个工作日') },
              { value: 'months', label: t('个月') },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit">{t('计算')}</Button>
      </Form>
      {result.data && (
        <div style={{ marginTop: 16 }} data-testid="computed">
          <Typography.Text strong>
            {t('期限为 {date} 24 时', { date: result.data.dueDate })}
          </Typography.Text>
          {result.data.skipped.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('跳过的休息日：')}
              {result.data.skipped.map((s) => `${s.date}（${s.reason}）`).join('、')}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {result.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={errorText(result.error, lang)}
        />
      )}
    </Card>
  );
}
