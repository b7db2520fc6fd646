import { Button, Form, InputNumber } from 'antd';
import { useEffect } from 'react';
import { DUTY_ITEMS, DUTY_ITEM_LABELS, type DutyItem } from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { Loading } from '../../components/Loading';
import { useLabel, useT } from '../../i18n';
import { useWeights } from './duty-api';

/** The body's points scheme: one weight per kind of duty (negative for absences). */
export function WeightsEditor({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const label = useLabel();
  const weights = useWeights();
  const [form] = Form.useForm<Record<DutyItem, number>>();
  useEffect(() => {
    if (weights.data) {
      form.setFieldsValue(weights.data);
    }
  }, [weights.data, form]);
  const save = useAction<Record<DutyItem, number>>({
    run: (v) => api.put('/duty/weights', v),
    done: '积分规则已保存',
    form,
  });
  if (!weights.data) {
    return <Loading />;
  }
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ span: 8 }}
      wrapperCol={{ span: 6 }}
      data-testid="duty-weights"
      disabled={!canEdit}
      onFinish={(v) => save.mutate(v)}
    >
      {DUTY_ITEMS.map((item) => (
        <Form.Item
          key={item}
          name={item}
          label={label(DUTY_ITEM_LABELS[item])}
          rules={[{ required: true }]}
        >
          <InputNumber min={-100} max={100} precision={0} addonAfter={t('分/项')} />
        </Form.Item>
      ))}
      {canEdit && (
        <Form.Item wrapperCol={{ offset: 8 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('保存积分规则')}
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
