import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Drawer, Flex, Form, Input, Radio, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type ActivityKind,
  type AttendanceStatus,
} from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ActionModal } from '../../components/ActionModal';
import { Loading } from '../../components/Loading';
import { useLabel, useT } from '../../i18n';
import { useActivities, useActivityAttendance, type Activity } from './duty-api';

/** Marks each member present, absent or excused at one activity, and saves them at once. */
function AttendanceEditor({
  activityId,
  canEdit,
  onDone,
}: {
  activityId: string;
  canEdit: boolean;
  onDone: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const data = useActivityAttendance(activityId);
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>({});
  useEffect(() => {
    if (data.data) {
      setMarks(
        Object.fromEntries(
          data.data.members.filter((m) => m.status).map((m) => [m.personId, m.status!]),
        ),
      );
    }
  }, [data.data]);
  const save = useAction({
    run: () =>
      api.put(`/duty/activities/${activityId}/attendance`, {
        entries: Object.entries(marks).map(([personId, status]) => ({ personId, status })),
      }),
    done: '考勤已保存',
    onDone,
  });
  if (!data.data) {
    return <Loading />;
  }
  const markAll = (status: AttendanceStatus) =>
    setMarks(Object.fromEntries(data.data.members.map((m) => [m.personId, status])));
  return (
    <Flex vertical gap={12} data-testid="attendance-editor">
      <Flex gap={8} hidden={!canEdit}>
        <Button onClick={() => markAll('present')}>{t('全部出席')}</Button>
        <Button
          type="primary"
          loading={save.isPending}
          disabled={Object.keys(marks).length === 0}
          onClick={() => save.mutate()}
        >
          {t('保存考勤')}
        </Button>
      </Flex>
      <Table
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={data.data.members}
        columns={[
          { title: t('姓名'), dataIndex: 'name' },
          { title: t('界别'), dataIndex: 'sector' },
          {
            title: t('出勤情况'),
            render: (_, m) => (
              <Radio.Group
                aria-label={m.name}
                disabled={!canEdit}
                value={marks[m.personId]}
                onChange={(e) =>
                  setMarks({ ...marks, [m.personId]: e.target.value as AttendanceStatus })
                }
                options={ATTENDANCE_STATUSES.map((s) => ({
                  value: s,
                  label: label(ATTENDANCE_LABELS[s]),
                }))}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

interface NewActivity {
  heldOn: Dayjs;
  kind: ActivityKind;
  title: string;
}

/** The year's meetings and activities with attendance counts; staff add one and record it. */
export function ActivitiesTab({ year, canEdit }: { year: number | undefined; canEdit: boolean }) {
  const t = useT();
  const label = useLabel();
  const activities = useActivities(year);
  const [open, setOpen] = useState<Activity>();
  return (
    <Flex vertical gap={12}>
      {canEdit && (
        <Flex justify="flex-end">
          <ActionModal<NewActivity>
            label="新建活动"
            icon={<PlusOutlined />}
            type="primary"
            testId="new-activity"
            initialValues={{ kind: 'plenary' }}
            fields={
              <>
                <Form.Item name="heldOn" label={t('日期')} rules={[{ required: true }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name="kind" label={t('活动类型')} rules={[{ required: true }]}>
                  <Select
                    options={ACTIVITY_KINDS.map((k) => ({
                      value: k,
                      label: label(ACTIVITY_KIND_LABELS[k]),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="title"
                  label={t('活动名称')}
                  rules={[{ required: true, message: t('请输入活动名称') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </>
            }
            run={(v) =>
              api.post('/duty/activities', {
                heldOn: v.heldOn.format('YYYY-MM-DD'),
                kind: v.kind,
                title: v.title,
              })
            }
            done="活动已创建"
          />
        </Flex>
      )}
      <Table
        size="small"
        rowKey="activityId"
        data-testid="activities"
        loading={activities.isFetching}
        dataSource={activities.data ?? []}
        pagination={false}
        columns={[
          { title: t('日期'), dataIndex: 'heldOn', width: 120 },
          {
            title: t('活动类型'),
            dataIndex: 'kind',
            render: (k: ActivityKind) => label(ACTIVITY_KIND_LABELS[k]),
          },
          { title: t('活动名称'), dataIndex: 'title' },
          { title: t('出席'), dataIndex: 'present' },
          { title: t('请假'), dataIndex: 'excused' },
          { title: t('缺席'), dataIndex: 'absent' },
          {
            title: '',
            render: (_, a) => (
              <Button type="link" onClick={() => setOpen(a)}>
                {canEdit ? t('登记考勤') : t('查看考勤')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(undefined)}
        size="large"
        title={open ? `${open.heldOn} ${open.title}` : ''}
      >
        {open && (
          <AttendanceEditor
            activityId={open.activityId}
            canEdit={canEdit}
            onDone={() => setOpen(undefined)}
          />
        )}
      </Drawer>
    </Flex>
  );
}
