import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  CATEGORY_AREA_LABELS,
  STATE_LABELS,
  type CategoryArea,
  type ProposalState,
} from '@jianyan/shared';
import { get } from '../../api/client';
import { useLabel } from '../../i18n';
import { useChart } from './useChart';

interface Rate {
  numerator: number;
  base: number;
  baseName: string;
  percent: number | null;
}
interface Overview {
  byState: Partial<Record<ProposalState, number>>;
  received: number;
  registered: number;
  bySource: { individual: number; collective: number };
  byArea: Record<CategoryArea, number>;
  rates: { registration: Rate; reply: Rate; closure: Rate; satisfaction: Rate };
  units: {
    unitId: string;
    unitName: string;
    assigned: number;
    replied: number;
    repliedOnTime: number;
    overdue: number;
    onTimeRate: Rate;
  }[];
  keyProposals: { proposalId: string; title: string; state: ProposalState; notes: number }[];
}

const pct = (r: Rate) => (r.percent === null ? '—' : `${r.percent.toFixed(2)}%`);

/** The leader's dashboard: the same figures the handling report uses (GET /statistics/overview). */
export function DashboardPage() {
  const label = useLabel();
  const o = useQuery({
    queryKey: ['overview'],
    queryFn: () => get<Overview>('/statistics/overview'),
  }).data;
  const areaChart = useChart(
    useMemo(
      () =>
        o && {
          tooltip: {},
          series: [
            {
              type: 'pie',
              radius: '65%',
              data: Object.entries(o.byArea).map(([a, n]) => ({
                name: CATEGORY_AREA_LABELS[a as CategoryArea].zh,
                value: n,
              })),
            },
          ],
        },
      [o],
    ),
  );
  const stateChart = useChart(
    useMemo(
      () =>
        o && {
          tooltip: {},
          grid: { left: 40, right: 10, bottom: 40, top: 10 },
          xAxis: {
            type: 'category',
            data: Object.keys(o.byState).map((s) => STATE_LABELS[s as ProposalState].zh),
            axisLabel: { interval: 0, rotate: 30 },
          },
          yAxis: { type: 'value' },
          series: [
            { type: 'bar', data: Object.values(o.byState), itemStyle: { color: '#8b0000' } },
          ],
        },
      [o],
    ),
  );
  if (!o) {
    return <Card loading />;
  }
  return (
    <div data-testid="dashboard">
      <Row gutter={[12, 12]}>
        {(
          [
            ['收到提案', o.received, `立案 ${o.registered}`],
            ['立案率', pct(o.rates.registration), '基数：收到'],
            ['办复率', pct(o.rates.reply), '基数：交办'],
            ['办结率', pct(o.rates.closure), '基数：交办'],
            ['满意率', pct(o.rates.satisfaction), '基数：已反馈'],
          ] as const
        ).map(([title, value, note]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={title} value={value} />
              <span style={{ color: '#999' }}>{note}</span>
            </Card>
          </Col>
        ))}
        <Col xs={24} md={12}>
          <Card size="small" title="按类别（立案）">
            <div ref={areaChart} style={{ height: 260 }} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card
            size="small"
            title={`按状态 · 委员 ${o.bySource.individual} / 集体 ${o.bySource.collective}`}
          >
            <div ref={stateChart} style={{ height: 260 }} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title="承办单位按期答复排名">
            <Table
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={o.units}
              columns={[
                { title: '单位', dataIndex: 'unitName' },
                { title: '交办', dataIndex: 'assigned' },
                { title: '已答复', dataIndex: 'replied' },
                { title: '按期', dataIndex: 'repliedOnTime' },
                {
                  title: '逾期未复',
                  dataIndex: 'overdue',
                  render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
                },
                { title: '按期率', render: (_: unknown, u) => pct(u.onTimeRate) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="重点提案">
            {o.keyProposals.map((k) => (
              <p key={k.proposalId}>
                <Link to={`/proposals/${k.proposalId}`}>{k.title}</Link> ·{' '}
                {label(STATE_LABELS[k.state])} · 督办意见 {k.notes} 条
              </p>
            ))}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
