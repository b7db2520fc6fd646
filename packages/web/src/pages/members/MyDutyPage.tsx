import { Empty, Flex } from 'antd';
import { Loading } from '../../components/Loading';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';
import { useMyDuty } from './duty-api';
import { ReportOpinion } from './OpinionReportActions';
import { DutyRecordView, YearSelect, useDutyYear } from './DutyRecordView';

/** 我的履职: the member's own record for a year, their points and how they were counted. */
export function MyDutyPage() {
  const t = useT();
  const { year, setYear, years } = useDutyYear();
  const record = useMyDuty(year);
  return (
    <PageCard
      title={t('我的履职')}
      subtitle={t('本人年度提案、发言、出席会议和活动、社情民意等履职情况及积分')}
      testId="my-duty"
      extra={
        <Flex gap={8}>
          <ReportOpinion />
          <YearSelect year={year} years={years} onChange={setYear} />
        </Flex>
      }
    >
      {record.data ? (
        <DutyRecordView record={record.data} />
      ) : record.isError ? (
        <Empty description={t('暂无履职档案')} />
      ) : (
        <Loading />
      )}
    </PageCard>
  );
}
