import { Form, Input, InputNumber, Select } from 'antd';
import {
  TARGET_COMPARISONS,
  TARGET_COMPARISON_LABELS,
  TARGET_KINDS,
  TARGET_KIND_LABELS,
} from '@jianyan/shared';
import { useLabel, useT } from '../../i18n';

/** A target's fields as staff correct them or add a missed one. */
export function TargetFieldsForm() {
  const t = useT();
  const label = useLabel();
  return (
    <>
      <Form.Item name="kind" label={t('类型')} rules={[{ required: true }]}>
        <Select
          options={TARGET_KINDS.map((k) => ({ value: k, label: label(TARGET_KIND_LABELS[k]) }))}
        />
      </Form.Item>
      <Form.Item name="indicator" label={t('指标')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="quantity" label={t('数值')} rules={[{ required: true }]}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="unit"
        label={t('单位')}
        rules={[{ required: true }]}
        extra={t('如：%、万人、公里、亿元')}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="comparison" label={t('约束')} rules={[{ required: true }]}>
        <Select
          options={TARGET_COMPARISONS.map((c) => ({
            value: c,
            label: label(TARGET_COMPARISON_LABELS[c]),
          }))}
        />
      </Form.Item>
      <Form.Item name="sentence" label={t('报告原文')} rules={[{ required: true }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </>
  );
}
