import {
  Alert,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Select,
  Statistic,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  CATEGORY_AREAS,
  CATEGORY_AREA_LABELS,
  PROPOSAL_STATES,
  STATE_LABELS,
} from '@jianyan/shared';
import { ApiError } from '../../api/client';
import { useOverview, useSessions } from '../../api/hooks';
import type { Overview, Rate } from '../../api/types';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { StateTag } from '../../components/tags';
import { useEChart, type ChartOption } from '../../components/useEChart';
import { useLabel, useLang, useT, type Phrase } from '../../i18n';
import { useSearchParams } from 'react-router';

const PALETTE = [
  '#a8071a',
  '#d4380d',
  '#d48806',
  '#389e0d',
  '#08979c',
  '#1d39c4',
  '#531dab',
  '#c41d7f',
];

function Chart({
  title,
  option,
  height = 280,
  testId,
}: {
  title: string;
  option?: ChartOption;
  height?: number;
  testId?: string;
}) {
  const ref = useEChart(option);
  return (
    <Card title={title} size="small" style={{ height: '100%' }} data-testid={testId}>
      <div ref={ref} style={{ width: '100%', height }} />
    </Card>
  );
}

const pct = (r: Rate) => (r.percent === null ? '—' : `${r.percent.toFixed(1)}%`);

/** A rate with its base named, as the official reports require. */
function RateCard({
  title,
  rate,
  base,
  color,
}: {
  title: Phrase;
  rate: Rate;
  base: Phrase;
  color: string;
}) {
  const t = useT();
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="rate">
      <Flex align="center" gap={16}>
        <Progress
          type="dashboard"
          percent={rate.percent ?? 0}
          size={84}
          strokeColor={color}
          format={() => pct(rate)}
        />
        <div>
          <div style={{ fontSize: 15, fontWeight: 500 }}>{t(title)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(base, { n: rate.base, m: rate.numerator })}
          </Typography.Text>
        </div>
      </Flex>
    </Card>
  );
}

function Kpi({ title, value, note }: { title: Phrase; value: number; note?: ReactNode }) {
  const t = useT();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic title={t(title)} value={value} />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
    </Card>
  );
}

function useCharts(o: Overview | undefined) {
  const t = useT();
  const label = useLabel();
  const lang = useLang();
  return useMemo(() => {
    if (!o) {
      return {};
    }
    const pie = (data: { name: string; value: number }[]): ChartOption => ({
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 8, itemGap: 10, textStyle: { fontSize: 12 } },
      series: [
        {
          type: 'pie',
          radius: ['36%', '64%'],
          center: ['50%', '42%'],
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
          labelLine: { show: false },
          data: data.map((d) => ({ ...d, label: { show: d.value > 0 } })),
        },
      ],
    });
    const states = PROPOSAL_STATES.filter((s) => (o.byState[s] ?? 0) > 0);
    const units = o.units.slice(0, 12).reverse();
    return {
      area: pie(
        CATEGORY_AREAS.map((a) => ({
          name: label(CATEGORY_AREA_LABELS[a]),
          value: o.byArea[a] ?? 0,
        })),
      ),
      source: pie([
        { name: t('委员个人'), value: o.bySource.individual },
        { name: t('党派团体界别等'), value: o.bySource.collective },
      ]),
      classes: pie(
        Object.entries(o.replyClasses).map(([c, n]) => ({ name: t('{c}类', { c }), value: n })),
      ),
      state: {
        color: ['#a8071a'],
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 24, bottom: 72 },
        xAxis: {
          type: 'category',
          data: states.map((s) => label(STATE_LABELS[s])),
          axisLabel: { interval: 0, rotate: states.length > 6 || lang === 'en' ? 40 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            barMaxWidth: 36,
            data: states.map((s) => o.byState[s] ?? 0),
            label: { show: true, position: 'top' },
          },
        ],
      } satisfies ChartOption,
      units: {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { bottom: 0 },
        grid: { left: 150, right: 48, top: 8, bottom: 40 },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: {
          type: 'category',
          data: units.map((u) => u.unitName),
          axisLabel: { width: 140, overflow: 'truncate' },
        },
        series: [
          {
            name: t('按期答复率'),
            type: 'bar',
            barMaxWidth: 18,
            color: '#389e0d',
            data: units.map((u) => u.onTimeRate.percent ?? 0),
            label: { show: true, position: 'right', formatter: '{c}%' },
          },
        ],
      } satisfies ChartOption,
    };
  }, [o, t, label, lang]);
}

/** The leader's dashboard: the same figures the handling report uses, each rate with its base. */
export function DashboardPage() {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('sessionId') ?? undefined;
  const sessions = useSessions();
  const overview = useOverview(sessionId);
  const o = overview.data;
  const charts = useCharts(o);

  const sessionSelect = (
    <Select
      allowClear
      placeholder={t('全部会议')}
      style={{ width: 280, maxWidth: '100%' }}
      value={sessionId}
      onChange={(v?: string) => setParams(v ? { sessionId: v } : {}, { replace: true })}
      options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.name }))}
    />
  );

  return (
    <PageCard
      title={t('统计分析')}
      subtitle={t('提案数量、办理进度与满意度；各项比率均注明计算基数')}
      extra={sessionSelect}
      testId="dashboard"
    >
      {overview.isLoading ? (
        <Loading />
      ) : !o ? (
        <Alert
          type="error"
          showIcon
          title={overview.error instanceof ApiError ? overview.error.text(lang) : t('加载失败')}
        />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Kpi
                title="截止前收到提案"
                value={o.received}
                note={t('截止后另收到平时提案 {n} 件', { n: o.interim })}
              />
            </Col>
            <Col xs={12} md={6}>
              <Kpi
                title="已立案"
                value={o.registered}
                note={t('立案率 {p}（以收到为基数）', { p: pct(o.rates.registration) })}
              />
            </Col>
            <Col xs={12} md={6}>
              <Kpi title="已办结" value={o.byState.closed ?? 0} />
            </Col>
            <Col xs={12} md={6}>
              <Kpi
                title="重新办理"
                value={o.byState.rehandling ?? 0}
                note={t('逾期未答复 {n} 件', { n: o.units.reduce((n, u) => n + u.overdue, 0) })}
              />
            </Col>
            <Col xs={24} md={8}>
              <RateCard
                title="办复率"
                rate={o.rates.reply}
                base="已答复 {m} 件 ÷ 已交办 {n} 件"
                color="#1d39c4"
              />
            </Col>
            <Col xs={24} md={8}>
              <RateCard
                title="办结率"
                rate={o.rates.closure}
                base="已办结 {m} 件 ÷ 已交办 {n} 件"
                color="#a8071a"
              />
            </Col>
            <Col xs={24} md={8}>
              <RateCard
                title="满意率（含基本满意）"
                rate={o.rates.satisfaction}
                base="满意和基本满意 {m} 件 ÷ 已评价 {n} 件"
                color="#389e0d"
              />
            </Col>
            <Col xs={24} lg={8}>
              <Chart title={t('按领域（立案提案）')} option={charts.area} testId="chart-area" />
            </Col>
            <Col xs={24} lg={8}>
              <Chart title={t('按来源（收到提案）')} option={charts.source} testId="chart-source" />
            </Col>
            <Col xs={24} lg={8}>
              <Chart title={t('答复类别')} option={charts.classes} testId="chart-classes" />
            </Col>
            <Col xs={24} lg={10}>
              <Chart
                title={t('按办理状态')}
                option={charts.state}
                height={320}
                testId="chart-state"
              />
            </Col>
            <Col xs={24} lg={14}>
              <Chart
                title={t('承办单位按期答复率排名')}
                option={charts.units}
                height={Math.max(320, Math.min(o.units.length, 12) * 28 + 60)}
                testId="chart-units"
              />
            </Col>
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} xl={12}>
              <Card title={t('承办单位办理情况')} size="small">
                <Table
                  size="small"
                  rowKey="unitName"
                  dataSource={o.units}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                  scroll={{ x: 520 }}
                  columns={[
                    { title: t('单位'), dataIndex: 'unitName' },
                    {
                      title: t('承办'),
                      dataIndex: 'assigned',
                      width: 60,
                      sorter: (a, b) => a.assigned - b.assigned,
                    },
                    { title: t('已答复'), dataIndex: 'replied', width: 70 },
                    {
                      title: t('逾期'),
                      dataIndex: 'overdue',
                      width: 60,
                      sorter: (a, b) => a.overdue - b.overdue,
                      render: (n: number) =>
                        n ? <Typography.Text type="danger">{n}</Typography.Text> : 0,
                    },
                    {
                      title: t('按期率'),
                      key: 'rate',
                      width: 80,
                      render: (_: unknown, u) => (
                        <Tooltip
                          title={t('按期答复 {m} 件 ÷ 应答复 {n} 件', {
                            m: u.onTimeRate.numerator,
                            n: u.onTimeRate.base,
                          })}
                        >
                          {pct(u.onTimeRate)}
                        </Tooltip>
                      ),
                    },
                    {
                      title: t('平均用时'),
                      dataIndex: 'avgDays',
                      width: 90,
                      render: (d: number | null) =>
                        d === null ? '—' : t('{n} 天', { n: Math.round(d) }),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('重点提案督办')} size="small" data-testid="key-proposals">
                {o.keyProposals.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无重点提案')} />
                ) : (
                  <Table
                    size="small"
                    rowKey="proposalId"
                    dataSource={o.keyProposals}
                    pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                    scroll={{ x: 480 }}
                    columns={[
                      {
                        title: t('提案'),
                        dataIndex: 'title',
                        render: (v: string, r) => (
                          <Link to={`/proposals/${r.proposalId}`}>{v}</Link>
                        ),
                      },
                      {
                        title: t('状态'),
                        dataIndex: 'state',
                        width: 90,
                        render: (s: Overview['keyProposals'][number]['state']) => (
                          <StateTag state={s} />
                        ),
                      },
                      {
                        title: t('答复期限'),
                        dataIndex: 'replyDueAt',
                        width: 110,
                        render: (d: string | null, r) => (
                          <DeadlineBadge dueAt={d} countdown={r.replyCountdown} showDate={false} />
                        ),
                      },
                      {
                        title: t('督办意见'),
                        dataIndex: 'notes',
                        width: 80,
                        render: (n: number) => t('{n} 条', { n }),
                      },
                    ]}
                  />
                )}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </PageCard>
  );
}
