import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Popconfirm, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  ORGANISATION_KINDS,
  ROLES,
  ROLE_LABELS,
  type OrganisationKind,
  type Role,
} from '@jianyan/shared';
import { api } from '../../api/client';
import { useAction, useDirectory, useUnits } from '../../api/hooks';
import type { DirectoryUser, UserInput } from '../../api/types';
import { ActionModal } from '../../components/ActionModal';
import { PageCard } from '../../components/PageCard';
import { useLabel, useT } from '../../i18n';
import { ORGANISATION_KIND_LABELS } from '../../i18n/vocab';

interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId?: string;
  proposerKind?: 'individual' | 'collective';
  sector?: string;
  party?: string;
  organisationName?: string;
  organisationKind?: OrganisationKind;
  email?: string;
}

const isUnitRole = (r?: Role) => r === 'unit_clerk' || r === 'unit_leader';

function toInput(v: NewUser): UserInput {
  const collective = v.role === 'proposer' && v.proposerKind === 'collective';
  return {
    username: v.username.trim(),
    displayName: collective && v.organisationName ? v.organisationName : v.displayName,
    password: v.password,
    role: v.role,
    unitId: isUnitRole(v.role) ? v.unitId : undefined,
    sector: v.role === 'proposer' && !collective ? v.sector || undefined : undefined,
    party: v.role === 'proposer' && !collective ? v.party || undefined : undefined,
    organisationName: collective ? v.organisationName : undefined,
    organisationKind: collective ? v.organisationKind : undefined,
    email: v.email || undefined,
  };
}

function ResetPassword({ user }: { user: DirectoryUser }) {
  const t = useT();
  return (
    <ActionModal<{ password: string }>
      label="重置密码"
      title="重置密码"
      type="link"
      icon={<KeyOutlined />}
      intro={t('为 {name}（{u}）设置新密码，请线下告知本人并提醒登录后修改。', {
        name: user.displayName,
        u: user.username,
      })}
      fields={
        <Form.Item
          name="password"
          label={t('新密码')}
          rules={[
            { required: true, message: t('请输入新密码') },
            { min: 8, message: t('密码至少 8 位') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      }
      run={(v) => api.patch(`/users/${user.userId}`, { password: v.password })}
      done="密码已重置"
    />
  );
}

/** 用户与角色: accounts of members, staff, unit clerks and leaders, leaders and administrators. */
export function UsersPage() {
  const t = useT();
  const label = useLabel();
  const [role, setRole] = useState<string>();
  const [q, setQ] = useState('');
  const users = useDirectory({ role, q: q || undefined });
  const units = useUnits();
  const toggle = useAction<DirectoryUser>({
    run: (u) => api.patch(`/users/${u.userId}`, { active: !u.active }),
    done: '账号状态已更新',
  });
  return (
    <PageCard
      title={t('用户与角色')}
      subtitle={t('每个账号属于一个角色；承办单位账号属于一个单位；集体提案者以党派、团体名义提交')}
      testId="admin-users"
      extra={
        <ActionModal<NewUser>
          label="新建用户"
          type="primary"
          icon={<PlusOutlined />}
          width={620}
          initialValues={{
            role: 'proposer',
            proposerKind: 'individual',
            organisationKind: 'party',
          }}
          fields={(form) => (
            <>
              <Form.Item name="role" label={t('角色')} rules={[{ required: true }]}>
                <Select options={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))} />
              </Form.Item>
              <Form.Item noStyle dependencies={['role', 'proposerKind']}>
                {() => {
                  const r = form.getFieldValue('role') as Role;
                  const kind = form.getFieldValue('proposerKind') as NewUser['proposerKind'];
                  return (
                    <>
                      {r === 'proposer' && (
                        <Form.Item name="proposerKind" label={t('提案者类型')}>
                          <Radio.Group
                            options={[
                              { value: 'individual', label: t('委员/代表个人') },
                              { value: 'collective', label: t('党派、团体等集体') },
                            ]}
                          />
                        </Form.Item>
                      )}
                      {isUnitRole(r) && (
                        <Form.Item
                          name="unitId"
                          label={t('所属单位')}
                          rules={[{ required: true, message: t('请选择所属单位') }]}
                        >
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            options={(units.data ?? []).map((u) => ({
                              value: u.unitId,
                              label: u.name,
                            }))}
                          />
                        </Form.Item>
                      )}
                      {r === 'proposer' && kind === 'collective' ? (
                        <>
                          <Form.Item
                            name="organisationName"
                            label={t('集体名称')}
                            rules={[{ required: true, message: t('请填写集体名称') }]}
                          >
                            <Input placeholder={t('例如：民盟晋中市委员会')} />
                          </Form.Item>
                          <Form.Item name="organisationKind" label={t('集体类型')}>
                            <Select
                              options={ORGANISATION_KINDS.map((k) => ({
                                value: k,
                                label: label(ORGANISATION_KIND_LABELS[k]),
                              }))}
                            />
                          </Form.Item>
                        </>
                      ) : (
                        <Form.Item
                          name="displayName"
                          label={t('姓名')}
                          rules={[{ required: true, whitespace: true, message: t('请填写姓名') }]}
                        >
                          <Input />
                        </Form.Item>
                      )}
                      {r === 'proposer' && kind !== 'collective' && (
                        <Flex gap={12}>
                          <Form.Item name="sector" label={t('界别')} style={{ flex: 1 }}>
                            <Input placeholder={t('例如：教育界')} />
                          </Form.Item>
                          <Form.Item name="party" label={t('党派')} style={{ flex: 1 }}>
                            <Input />
                          </Form.Item>
                        </Flex>
                      )}
                    </>
                  );
                }}
              </Form.Item>
              <Form.Item
                name="username"
                label={t('用户名')}
                rules={[
                  { required: true, message: t('请填写用户名') },
                  { pattern: /^[A-Za-z0-9_.-]+$/, message: t('只能包含字母、数字、_ . -') },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('初始密码')}
                rules={[{ required: true, message: t('请输入初始密码') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item name="email" label={t('电子邮箱')}>
                <Input />
              </Form.Item>
            </>
          )}
          mapField={(f, v) =>
            f === 'displayName' && v.role === 'proposer' && v.proposerKind === 'collective'
              ? 'organisationName'
              : f.split('.')[0]
          }
          run={(v) => api.post('/users', toInput(v))}
          done="用户已创建"
          testId="new-user"
        />
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('全部角色')}
          aria-label={t('角色')}
          style={{ width: 180 }}
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('按姓名或用户名搜索')}
          onSearch={setQ}
          style={{ width: 260 }}
        />
      </Flex>
      <Table<DirectoryUser>
        rowKey="userId"
        loading={users.isFetching}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, showTotal: (n) => t('共 {n} 个', { n }) }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('用户名'), dataIndex: 'username', width: 150 },
          { title: t('姓名/名称'), dataIndex: 'displayName' },
          {
            title: t('角色'),
            dataIndex: 'role',
            width: 140,
            render: (r: Role) => label(ROLE_LABELS[r]),
          },
          {
            title: t('单位/界别'),
            key: 'where',
            render: (_: unknown, u) => u.unitName ?? u.organisationName ?? u.sector ?? '—',
          },
          {
            title: t('状态'),
            key: 'state',
            width: 90,
            render: (_: unknown, u) =>
              !u.active ? (
                <Tag>{t('停用')}</Tag>
              ) : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? (
                <Tag color="orange">{t('已锁定')}</Tag>
              ) : (
                <Tag color="green">{t('正常')}</Tag>
              ),
          },
          {
            title: t('操作'),
            key: 'actions',
            width: 200,
            render: (_: unknown, u) => (
              <Flex gap={0}>
                <ResetPassword user={u} />
                <Popconfirm
                  title={u.active ? t('停用该账号？停用后不能登录。') : t('启用该账号？')}
                  okText={t('确定')}
                  cancelText={t('取消')}
                  onConfirm={() => toggle.mutate(u)}
                >
                  <Button type="link" danger={u.active}>
                    {u.active ? t('停用') : t('启用')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('最多显示 500 个匹配的账号，请用角色和搜索缩小范围')}
      </Typography.Text>
    </PageCard>
  );
}
