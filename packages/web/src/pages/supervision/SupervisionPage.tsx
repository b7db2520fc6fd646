import { Card, Col, Row, Space, Statistic } from 'antd';
import { useSupervisionMetrics } from '../../api/supervision';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';
import { NewTaskAction, SuperviseProposalAction } from './SupervisionForms';
import { SupervisedItemsTable } from './SupervisedItemsTable';

/** 督办: staff and leaders follow every supervised item to closure (销号清零). */
export function SupervisionPage() {
  const t = useT();
  const metrics = useSupervisionMetrics();
  return (
    <PageCard
      title={t('督办事项')}
      subtitle={t('按“13710”等督办规则跟踪交办事项：1天研究部署、3天报告进展、7天办结，逐件销号')}
      testId="supervision"
      extra={
        <Space>
          <SuperviseProposalAction />
          <NewTaskAction />
        </Space>
      }
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(metrics.data ?? []).map((m) => (
          <Col xs={24} md={12} key={m.code}>
            <Card size="small" title={m.name} data-testid={`metrics-${m.code}`}>
              <Space size="large" wrap>
                <Statistic title={t('交办事项')} value={m.assigned} />
                <Statistic title={t('未销号')} value={m.open} data-testid="metric-open" />
                <Statistic title={t('已办结')} value={m.closed} />
                <Statistic
                  title={t('交办事项办结率')}
                  value={m.closureRate ?? '—'}
                  suffix={m.closureRate === null ? undefined : '%'}
                  data-testid="metric-closure"
                />
                <Statistic
                  title={t('按期办结率')}
                  value={m.onTimeRate ?? '—'}
                  suffix={m.onTimeRate === null ? undefined : '%'}
                />
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <SupervisedItemsTable manage />
    </PageCard>
  );
}

/** The unit's supervised items, with the stage it owes next. */
export function UnitSupervisionPage() {
  const t = useT();
  return (
    <PageCard
      title={t('督办事项')}
      subtitle={t('交办给本单位的督办事项：按时报告研究部署、进展和办结情况')}
      testId="unit-supervision"
    >
      <SupervisedItemsTable manage={false} />
    </PageCard>
  );
}
