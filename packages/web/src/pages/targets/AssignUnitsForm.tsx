import { Form, Select } from 'antd';
import { useUnits } from '../../api/hooks';
import type { Target } from '../../api/targets';
import { useT } from '../../i18n';

export interface AssignValues {
  lead: string;
  others?: string[];
}

export const assignValuesOf = (t: Target): Partial<AssignValues> => ({
  lead: t.units.find((u) => u.isLead)?.unitId,
  others: t.units.filter((u) => !u.isLead).map((u) => u.unitId),
});

/** The API's list: the lead unit, then the others (without the lead, if picked twice). */
export const unitsOf = (v: AssignValues) => [
  { unitId: v.lead, lead: true },
  ...(v.others ?? []).filter((u) => u !== v.lead).map((unitId) => ({ unitId, lead: false })),
];

/** One lead unit (牵头单位) and any number of others (配合单位). */
export function AssignUnitsForm() {
  const t = useT();
  const units = useUnits();
  const options = (units.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ value: u.unitId, label: u.name }));
  return (
    <>
      <Form.Item name="lead" label={t('牵头单位')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
      <Form.Item name="others" label={t('配合单位')}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
      </Form.Item>
    </>
  );
}
