import { PlusOutlined } from '@ant-design/icons';
import { Form, Input, Select, Table, Tag } from 'antd';
import { CATEGORY_AREAS, CATEGORY_AREA_LABELS, type CategoryArea } from '@jianyan/shared';
import { api } from '../../api/client';
import { useCategories } from '../../api/hooks';
import type { Category } from '../../api/types';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useLabel, useT } from '../../i18n';

interface Values {
  name: string;
  area: CategoryArea;
  parentCategoryId?: string;
}

/** 类别: the five areas (五位一体) and the body's own sub-categories. */
export function CategoriesPage() {
  const t = useT();
  const label = useLabel();
  const categories = useCategories();
  const all = categories.data ?? [];
  const names = new Map(all.map((c) => [c.categoryId, c.name]));
  return (
    <PageCard
      title={t('提案类别')}
      subtitle={t('按经济、政治、文化、社会、生态文明建设五个领域分类，可设子类别')}
      testId="admin-categories"
      extra={
        <ActionModal<Values>
          label="新增类别"
          type="primary"
          icon={<PlusOutlined />}
          fields={(form) => (
            <>
              <Form.Item
                name="name"
                label={t('类别名称')}
                rules={[
                  { required: true, whitespace: true, message: t('请填写类别名称') },
                  { max: 50 },
                ]}
              >
                <Input />
              </Form.Item>
              <Form.Item
                name="area"
                label={t('领域')}
                rules={[{ required: true, message: t('请选择领域') }]}
              >
                <Select
                  options={CATEGORY_AREAS.map((a) => ({
                    value: a,
                    label: label(CATEGORY_AREA_LABELS[a]),
                  }))}
                  onChange={() => form.setFieldValue('parentCategoryId', undefined)}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={['area']}>
                {() => (
                  <Form.Item name="parentCategoryId" label={t('上级类别')}>
                    <Select
                      allowClear
                      options={all
                        .filter((c) => c.area === form.getFieldValue('area') && !c.parentCategoryId)
                        .map((c) => ({ value: c.categoryId, label: c.name }))}
                    />
                  </Form.Item>
                )}
              </Form.Item>
            </>
          )}
          run={(v) => api.post('/categories', v)}
          done="类别已添加"
          testId="new-category"
        />
      }
    >
      <Table<Category>
        rowKey="categoryId"
        loading={categories.isLoading}
        dataSource={[...all].sort(
          (a, b) =>
            CATEGORY_AREAS.indexOf(a.area) - CATEGORY_AREAS.indexOf(b.area) ||
            a.sortOrder - b.sortOrder,
        )}
        pagination={false}
        columns={[
          {
            title: t('领域'),
            dataIndex: 'area',
            width: 140,
            render: (a: CategoryArea) => <Tag color="red">{label(CATEGORY_AREA_LABELS[a])}</Tag>,
            filters: CATEGORY_AREAS.map((a) => ({
              text: label(CATEGORY_AREA_LABELS[a]),
              value: a,
            })),
            onFilter: (v, r) => r.area === v,
          },
          { title: t('类别名称'), dataIndex: 'name' },
          {
            title: t('上级类别'),
            dataIndex: 'parentCategoryId',
            render: (v: string | null) => (v ? names.get(v) : '—'),
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
