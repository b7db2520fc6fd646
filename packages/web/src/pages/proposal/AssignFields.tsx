import { Form, Radio, Select, type FormInstance } from 'antd';
import type { AssignmentRole } from '@jianyan/shared';
import { useUnits } from '../../api/hooks';
import { useT } from '../../i18n';
import { SuggestedUnits } from './RoutingSuggestions';

export interface AssignValues {
  mode: 'lead' | 'separate';
  lead?: string;
  co?: string[];
  separate?: string[];
}

export const ASSIGN_DEFAULTS: AssignValues = { mode: 'lead', co: [], separate: [] };

/** The API's `units` list from the form: one lead unit with co-handling units, or separate units. */
export function unitsFromValues(v: AssignValues): { unitId: string; role: AssignmentRole }[] {
  if (v.mode === 'separate') {
    return (v.separate ?? []).map((unitId) => ({ unitId, role: 'separate' }));
  }
  return [
    ...(v.lead ? [{ unitId: v.lead, role: 'lead' as const }] : []),
    ...(v.co ?? []).map((unitId) => ({ unitId, role: 'co' as const })),
  ];
}

/** Puts the API's errors on `units` and `units.3.unitId` next to the select holding that unit. */
export function assignFieldMapper(apiField: string, v: AssignValues): string | undefined {
  const m = /^units(?:\.(\d+))?/.exec(apiField);
  if (!m) {
    return undefined;
  }
  if (m[1] === undefined) {
    return v.mode === 'separate' ? 'separate' : 'lead';
  }
  const u = unitsFromValues(v)[Number(m[1])];
  return u?.role === 'co' ? 'co' : u?.role === 'separate' ? 'separate' : 'lead';
}

/** 主办 + 会办, or 分办: the fields of an assignment. */
export function AssignFields({
  form,
  proposalId,
}: {
  /** The form holding the assignment fields (it may hold others too). */
  form: FormInstance;
  proposalId?: string;
}) {
  const t = useT();
  const units = useUnits();
  const mode = (Form.useWatch('mode', form) as AssignValues['mode'] | undefined) ?? 'lead';
  const lead = Form.useWatch('lead', form) as string | undefined;
  const options = (units.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ value: u.unitId, label: u.name }));
  return (
    <>
      {proposalId && <SuggestedUnits proposalId={proposalId} form={form} />}
      <Form.Item name="mode" label={t('交办方式')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'lead', label: t('主办（可加会办）') },
            { value: 'separate', label: t('分办') },
          ]}
        />
      </Form.Item>
      {mode === 'lead' ? (
        <>
          <Form.Item
            name="lead"
            label={t('主办单位')}
            rules={[{ required: true, message: t('请选择主办单位') }]}
            extra={t('主办单位负责办理并答复，会办单位向主办单位提出会办意见')}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              loading={units.isLoading}
              placeholder={t('选择主办单位')}
              options={options}
            />
          </Form.Item>
          <Form.Item name="co" label={t('会办单位')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('可选，多个')}
              options={options.filter((o) => o.value !== lead)}
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="separate"
          label={t('分办单位')}
          rules={[{ required: true, type: 'array', min: 1, message: t('请选择分办单位') }]}
          extra={t('各分办单位分别办理提案的相关部分，分别答复')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('选择一个或多个单位')}
            options={options}
          />
        </Form.Item>
      )}
    </>
  );
}
