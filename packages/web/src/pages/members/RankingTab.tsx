import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Table } from 'antd';
import { useState } from 'react';
import { downloadUrl } from '../../api/client';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n';
import { useDutyRecord, useRanking, type RankedMember } from './duty-api';
import { DutyRecordView } from './DutyRecordView';

/** Every member with counts and points, ranked; a name opens that member's record. */
export function RankingTab({ year, canEdit }: { year: number | undefined; canEdit: boolean }) {
  const t = useT();
  const ranking = useRanking(year);
  const [open, setOpen] = useState<RankedMember>();
  const record = useDutyRecord(open?.personId, year);
  const present = (m: RankedMember) =>
    m.counts.plenary_present + m.counts.standing_present + m.counts.activity_present;
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <a href={downloadUrl('/duty/records/export.xlsx', { year })}>
          <Button icon={<DownloadOutlined />} data-testid="duty-export">
            {t('导出积分排名')}
          </Button>
        </a>
      </Flex>
      <Table
        size="small"
        rowKey="personId"
        data-testid="duty-ranking"
        loading={ranking.isFetching}
        dataSource={ranking.data?.members ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('排名'), dataIndex: 'rank', width: 70 },
          {
            title: t('姓名'),
            dataIndex: 'name',
            render: (name: string, m) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(m)}>
                {name}
              </Button>
            ),
          },
          { title: t('界别'), dataIndex: 'sector' },
          { title: t('提案领衔'), render: (_, m) => m.counts.proposal_led },
          { title: t('提案附议'), render: (_, m) => m.counts.proposal_cosigned },
          { title: t('大会发言'), render: (_, m) => m.counts.speech },
          { title: t('出席'), render: (_, m) => present(m) },
          { title: t('请假'), render: (_, m) => m.counts.excused },
          { title: t('缺席'), render: (_, m) => m.counts.absent },
          { title: t('社情民意'), render: (_, m) => m.counts.opinion_submitted },
          { title: t('总积分'), dataIndex: 'points', width: 90 },
        ]}
      />
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(undefined)}
        size="large"
        title={open ? t('{name}的履职档案', { name: open.name }) : ''}
      >
        {record.data ? <DutyRecordView record={record.data} canEdit={canEdit} /> : <Loading />}
      </Drawer>
    </Flex>
  );
}
