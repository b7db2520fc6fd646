import { PlusOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { ActionModal } from '../../components/ActionModal';
import { useT } from '../../i18n';

interface NewReport {
  title: string;
  content?: string;
  submittedOn: Dayjs;
}

/** 报送社情民意: a member reports one of their own (staff later record whether it was adopted). */
export function ReportOpinion() {
  const t = useT();
  return (
    <ActionModal<NewReport>
      label="报送社情民意"
      icon={<PlusOutlined />}
      testId="report-opinion"
      initialValues={{ submittedOn: dayjs() }}
      fields={
        <>
          <Form.Item
            name="title"
            label={t('标题')}
            rules={[{ required: true, message: t('请输入标题') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="content" label={t('内容')}>
            <Input.TextArea rows={6} maxLength={20000} />
          </Form.Item>
          <Form.Item name="submittedOn" label={t('报送日期')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      }
      run={(v) =>
        api.post('/duty/opinions', {
          title: v.title,
          content: v.content ?? '',
          submittedOn: v.submittedOn.format('YYYY-MM-DD'),
        })
      }
      done="社情民意已报送"
    />
  );
}

/** Staff record whether a report was adopted (采用) and by whom (市级, 省级 …). */
export function RecordAdoption({
  reportId,
  adopted,
  adoptionLevel,
}: {
  reportId: string;
  adopted: boolean;
  adoptionLevel: string | null;
}) {
  const t = useT();
  return (
    <ActionModal<{ adopted: boolean; adoptionLevel?: string }>
      label="登记采用"
      type="link"
      initialValues={{ adopted, adoptionLevel: adoptionLevel ?? undefined }}
      fields={
        <>
          <Form.Item name="adopted" label={t('已采用')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="adoptionLevel" label={t('采用层级')}>
            <Input maxLength={50} placeholder={t('如：市级、省级、全国')} />
          </Form.Item>
        </>
      }
      run={(v) =>
        api.put(`/duty/opinions/${reportId}/adoption`, {
          adopted: v.adopted,
          adoptionLevel: v.adoptionLevel || null,
        })
      }
      done="采用情况已保存"
    />
  );
}
