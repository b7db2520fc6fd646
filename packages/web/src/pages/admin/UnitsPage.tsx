import { PlusOutlined } from '@ant-design/icons';
import { Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useUnits } from '../../api/hooks';
import type { Unit } from '../../api/types';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

interface Values {
  name: string;
  shortName?: string;
  parentUnitId?: string;
  contactName?: string;
  contactPhone?: string;
  email?: string;
}

/** 承办单位: government departments and other units that handle proposals. */
export function UnitsPage() {
  const t = useT();
  const units = useUnits();
  const [q, setQ] = useState('');
  const rows = (units.data ?? []).filter(
    (u) => !q || u.name.includes(q) || (u.shortName ?? '').includes(q),
  );
  const names = new Map((units.data ?? []).map((u) => [u.unitId, u.name]));
  return (
    <PageCard
      title={t('承办单位')}
      subtitle={t('政府部门、法院、检察院、人民团体等承办提案的单位')}
      testId="admin-units"
      extra={
        <ActionModal<Values>
          label="新增单位"
          type="primary"
          icon={<PlusOutlined />}
          fields={
            <>
              <Form.Item
                name="name"
                label={t('单位名称')}
                rules={[
                  { required: true, whitespace: true, message: t('请填写单位名称') },
                  { max: 100 },
                ]}
              >
                <Input />
              </Form.Item>
              <Form.Item name="shortName" label={t('简称')} rules={[{ max: 50 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="parentUnitId" label={t('上级单位')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
                />
              </Form.Item>
              <Form.Item name="contactName" label={t('联系人')} rules={[{ max: 50 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="contactPhone" label={t('联系电话')} rules={[{ max: 50 }]}>
                <Input />
              </Form.Item>
              <Form.Item
                name="email"
                label={t('电子邮箱')}
                rules={[{ type: 'email', message: t('邮箱格式不正确') }]}
              >
                <Input />
              </Form.Item>
            </>
          }
          run={(v) =>
            api.post(
              '/units',
              Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')),
            )
          }
          done="单位已添加"
          testId="new-unit"
        />
      }
    >
      <Input.Search
        allowClear
        placeholder={t('按名称筛选')}
        onSearch={setQ}
        onChange={(e) => !e.target.value && setQ('')}
        style={{ width: 260, marginBottom: 12 }}
      />
      <Table<Unit>
        rowKey="unitId"
        loading={units.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, showTotal: (n) => t('共 {n} 个', { n }) }}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('单位名称'),
            dataIndex: 'name',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
          },
          {
            title: t('简称'),
            dataIndex: 'shortName',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('上级单位'),
            dataIndex: 'parentUnitId',
            width: 160,
            render: (v: string | null) => (v ? names.get(v) : '—'),
          },
          {
            title: t('联系人'),
            dataIndex: 'contactName',
            width: 100,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('联系电话'),
            dataIndex: 'contactPhone',
            width: 130,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('状态'),
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) =>
              a ? <Tag color="green">{t('启用')}</Tag> : <Tag>{t('停用')}</Tag>,
          },
        ]}
      />
    </PageCard>
  );
}
