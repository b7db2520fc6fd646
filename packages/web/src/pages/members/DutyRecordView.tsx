import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, List, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ACTIVITY_KIND_LABELS, ATTENDANCE_LABELS, DUTY_ITEM_LABELS } from '@jianyan/shared';
import { downloadUrl } from '../../api/client';
import { Loading } from '../../components/Loading';
import { useLabel, useT } from '../../i18n';
import { useDutySummary, useDutyYears, type DutyRecord } from './duty-api';
import { RecordAdoption } from './OpinionReportActions';

/** The year shown: the latest year with data until the user picks another. */
export function useDutyYear() {
  const years = useDutyYears();
  const [year, setYear] = useState<number>();
  useEffect(() => {
    if (year === undefined && years.data) {
      setYear(years.data.latestWithData);
    }
  }, [year, years.data]);
  return { year, setYear, years: years.data?.years ?? [] };
}

export function YearSelect({
  year,
  years,
  onChange,
}: {
  year: number | undefined;
  years: number[];
  onChange: (y: number) => void;
}) {
  const t = useT();
  return (
    <Select
      aria-label={t('年度')}
      data-testid="duty-year"
      style={{ width: 120 }}
      value={year}
      onChange={onChange}
      options={years.map((y) => ({ value: y, label: t('{y}年度', { y }) }))}
    />
  );
}

const STATUS_COLOURS = { present: 'green', absent: 'red', excused: 'gold' } as const;

/** One member's record for a year: points and their breakdown, the items, the yearly summary. */
export function DutyRecordView({
  record,
  canEdit = false,
}: {
  record: DutyRecord;
  /** Staff may record whether a public-opinion report was adopted. */
  canEdit?: boolean;
}) {
  const t = useT();
  const label = useLabel();
  const summary = useDutySummary(record.member.personId, record.year);
  const title = (s: { title: string }) => `《${s.title}》`;
  return (
    <Flex vertical gap={16} data-testid="duty-record">
      <Flex gap={32} wrap>
        <Statistic title={t('年度履职积分')} value={record.points} data-testid="duty-points" />
        <Statistic title={t('提案领衔')} value={record.counts.proposal_led} />
        <Statistic title={t('提案附议')} value={record.counts.proposal_cosigned} />
        <Statistic title={t('大会发言')} value={record.counts.speech} />
        <Statistic
          title={t('出席会议和活动')}
          value={
            record.counts.plenary_present +
            record.counts.standing_present +
            record.counts.activity_present
          }
        />
        <Statistic title={t('社情民意被采用')} value={record.counts.opinion_adopted} />
      </Flex>
      <Table
        size="small"
        rowKey="item"
        pagination={false}
        data-testid="duty-breakdown"
        dataSource={record.breakdown}
        columns={[
          {
            title: t('履职项目'),
            dataIndex: 'item',
            render: (i: keyof typeof DUTY_ITEM_LABELS) => label(DUTY_ITEM_LABELS[i]),
          },
          { title: t('数量'), dataIndex: 'count' },
          { title: t('每项分值'), dataIndex: 'weight' },
          { title: t('积分'), dataIndex: 'points' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('合计')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1}>{record.points}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('领衔提案')}>
          {record.proposalsLed.map((p) => (
            <div key={p.proposalId}>
              <Link to={`/proposals/${p.proposalId}`}>{title(p)}</Link>
            </div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('附议提案')}>
          {record.proposalsCosigned.map((p) => (
            <div key={p.proposalId}>
              <Link to={`/proposals/${p.proposalId}`}>{title(p)}</Link>
            </div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('大会发言')}>
          {record.speeches.map((s) => (
            <div key={s.speechId}>{title(s)}</div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('会议和活动')}>
          <div data-testid="duty-attendance">
            {record.attendance.map((a) => (
              <div key={a.activityId}>
                {a.heldOn} {label(ACTIVITY_KIND_LABELS[a.kind])} {a.title}{' '}
                <Tag color={STATUS_COLOURS[a.status]}>{label(ATTENDANCE_LABELS[a.status])}</Tag>
              </div>
            ))}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('社情民意信息')}>
          {record.opinionReports.map((o) => (
            <div key={o.reportId}>
              {title(o)}{' '}
              {o.adopted && (
                <Tag color="blue">
                  {o.adoptionLevel ? `${o.adoptionLevel} ` : ''}
                  {t('已采用')}
                </Tag>
              )}
              {canEdit && (
                <RecordAdoption
                  reportId={o.reportId}
                  adopted={o.adopted}
                  adoptionLevel={o.adoptionLevel}
                />
              )}
            </div>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {summary.data?.title ?? t('年度履职情况')}
        </Typography.Title>
        <a
          href={downloadUrl(`/duty/records/${record.member.personId}/summary.docx`, {
            year: record.year,
          })}
        >
          <Button icon={<DownloadOutlined />}>{t('下载 Word 文档')}</Button>
        </a>
      </Flex>
      {summary.isLoading ? (
        <Loading />
      ) : (
        <List
          size="small"
          data-testid="duty-summary"
          dataSource={summary.data?.paragraphs ?? []}
          renderItem={(p) => <List.Item>{p}</List.Item>}
        />
      )}
    </Flex>
  );
}
