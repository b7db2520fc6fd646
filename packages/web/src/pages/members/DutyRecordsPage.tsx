import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { PageCard } from '../../components/PageCard';
import { useT, type Phrase } from '../../i18n';
import { ActivitiesTab } from './ActivitiesTab';
import { AttendanceImport } from './AttendanceImport';
import { useDutyYear, YearSelect } from './DutyRecordView';
import { RankingTab } from './RankingTab';
import { WeightsEditor } from './WeightsEditor';

const TABS: { key: string; label: Phrase; staffOnly?: boolean }[] = [
  { key: 'ranking', label: '积分排名' },
  { key: 'activities', label: '会议活动考勤' },
  { key: 'import', label: 'Excel 导入考勤', staffOnly: true },
  { key: 'weights', label: '积分规则' },
];

/** 履职档案: every member's record and points, attendance, the import and the points scheme. */
export function DutyRecordsPage() {
  const t = useT();
  const user = useUser();
  const canEdit = user.role === 'staff' || user.role === 'admin';
  const { year, setYear, years } = useDutyYear();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((x) => canEdit || !x.staffOnly);
  const tab = tabs.find((x) => x.key === params.get('tab')) ?? tabs[0]!;
  const content: Record<string, React.ReactNode> = {
    ranking: <RankingTab year={year} canEdit={canEdit} />,
    activities: <ActivitiesTab year={year} canEdit={canEdit} />,
    import: <AttendanceImport />,
    weights: <WeightsEditor canEdit={canEdit} />,
  };
  return (
    <PageCard
      title={t('履职档案')}
      subtitle={t('委员年度履职情况：提案、发言、出席会议和活动、社情民意，按积分规则排名')}
      testId="duty-records"
      extra={<YearSelect year={year} years={years} onChange={setYear} />}
    >
      <Tabs
        activeKey={tab.key}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={tabs.map((x) => ({ key: x.key, label: t(x.label), children: content[x.key] }))}
      />
    </PageCard>
  );
}
